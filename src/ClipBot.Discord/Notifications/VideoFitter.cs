using ClipBot.Core.Media;
using ClipBot.Core.Storage;
using ClipBot.Discord.Interactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Notifications;

/// <summary>
/// Picks the video a post carries: the first of the files ClipBot already has that fits the channel's upload
/// limit, else (where asked) one encoded to fit by <see cref="IDeliveryEncoder"/> on the first try, else none,
/// and the post links to the Studio instead.
/// </summary>
internal sealed class VideoFitter(IDeliveryEncoder encoder, IOptions<DataOptions> data, ILogger<VideoFitter> logger)
{
    /// <param name="subject">What the video is of, for the log: "take abcd…", "the cut of reel …".</param>
    /// <param name="files">Candidates relative to the media folder, best first; nulls are skipped.</param>
    /// <param name="encodeFrom">The file to encode when none fits; null to give up at once (a cut's re-encode takes minutes).</param>
    public async Task<FittedVideo?> FitAsync(string subject, IEnumerable<string?> files, long capBytes, string? encodeFrom, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var media = data.Value.MediaPath;
        foreach (var file in files.OfType<string>())
        {
            var info = new FileInfo(Path.Combine(media, file));
            if (info.Exists && info.Length <= capBytes)
            {
                return new FittedVideo(info.FullName, Temporary: false);
            }
        }

        if (encodeFrom is null)
        {
            logger.VideoNotFitted(subject, capBytes, "no rendition of it fits");
            return null;
        }

        var output = TemporaryFiles.NewPath(data.Value, "mp4");
        var fitted = await encoder.FitAsync(Path.Combine(media, encodeFrom), capBytes, output, cancellationToken);
        if (fitted.IsSuccess)
        {
            return new FittedVideo(output, Temporary: true);
        }

        logger.VideoNotFitted(subject, capBytes, fitted.Error.Message);
        TemporaryFiles.Delete(output, logger);
        return null;
    }
}
