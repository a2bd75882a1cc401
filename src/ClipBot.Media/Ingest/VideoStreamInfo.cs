namespace ClipBot.Media.Ingest;

/// <summary>The first real video stream of a probed file (cover art does not count).</summary>
/// <param name="Rotation">Degrees from the display matrix; phones record sideways and say so here.</param>
internal sealed record VideoStreamInfo(string Codec, string? PixelFormat, int Width, int Height, int Rotation);
