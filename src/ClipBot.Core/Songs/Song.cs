namespace ClipBot.Core.Songs;

/// <summary>A reel's song, stored once as AAC in the media folder, with a smaller copy for chat-sized cuts.</summary>
/// <param name="File">The full-quality AAC file's name, relative to the media folder.</param>
/// <param name="DeliveryFile">
/// The same song at <see cref="DeliveryAudioBitsPerSecond"/>, relative to the media folder: the delivery-size
/// cut muxes this one, so the bits it saves go to the picture. Null for a song imported without one.
/// </param>
public sealed record Song(string File, double DurationSeconds, string? DeliveryFile = null)
{
    /// <summary>The audio bit rate of the delivery copy, which a reel's delivery bit budget sets aside.</summary>
    /// <remarks>
    /// At 64 kbit/s a 4-minute song leaves about 260 kbit/s of a 10 MiB cap for the picture, which is what a
    /// 480p rendition needs; at the full copy's 192 kbit/s only 135 kbit/s would be left.
    /// </remarks>
    public const long DeliveryAudioBitsPerSecond = 64_000;
}
