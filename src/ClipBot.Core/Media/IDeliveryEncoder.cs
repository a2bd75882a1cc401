using ClipBot.Core.Results;

namespace ClipBot.Core.Media;

/// <summary>Makes a copy of a video that fits a chat platform's upload cap.</summary>
public interface IDeliveryEncoder
{
    /// <summary>
    /// Writes an MP4 (H.264 + AAC, or silent; faststart) of at most <paramref name="capBytes"/> to
    /// <paramref name="outputPath"/>, on the first try: the bit rate comes from the cap and the duration.
    /// When even the lowest sane bit rate cannot fit, it returns an <see cref="ErrorKind.Invalid"/> error saying
    /// so, and the caller posts a link instead.
    /// </summary>
    Task<Result<long>> FitAsync(string sourcePath, long capBytes, string outputPath, CancellationToken cancellationToken);
}
