using System.Text.RegularExpressions;
using ClipBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace ClipBot.Host.Studio;

/// <summary>Serves takes' and cuts' files from the media folder, with ranges so the player can seek.</summary>
internal static partial class MediaEndpoints
{
    private const string Prefix = "/media/";

    public static string UrlOf(string fileName) => Prefix + fileName;

    public static void MapMedia(this IEndpointRouteBuilder app) =>
        app.MapGet(Prefix + "{file}", (string file, IOptions<DataOptions> data, HttpContext http) =>
        {
            // Only names ClipBot makes are served, so a request can never walk out of the media folder.
            var match = MediaFileName().Match(file);
            var path = Path.Combine(data.Value.MediaPath, file);
            if (!match.Success || !File.Exists(path))
            {
                return Results.NotFound(new ErrorResponse("No such media file."));
            }

            // Takes' and cuts' files are written once under a fresh name and never change.
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            var contentType = match.Groups["ext"].Value switch
            {
                "mp4" => "video/mp4",
                "webp" => "image/webp",
                "gif" => "image/gif",
                _ => "image/jpeg",
            };
            return Results.File(path, contentType, enableRangeProcessing: true);
        });

    // A take's mezzanine, poster, preview and delivery rendition; a reel's cut in either rendition.
    [GeneratedRegex(
        "^(?:[a-z2-9]{12}(?:\\.delivery)?\\.(?<ext>mp4)|[a-z2-9]{12}\\.(?<ext>jpg|webp|gif)|cut-[a-z2-9]{8}-(?:full|delivery)-[0-9a-f]{32}\\.(?<ext>mp4))$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MediaFileName();
}
