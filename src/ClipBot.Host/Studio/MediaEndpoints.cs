using System.Text.RegularExpressions;
using ClipBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace ClipBot.Host.Studio;

/// <summary>Serves take files from the media folder, with ranges so the player can seek.</summary>
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

            // A take's files are written once under a fresh name and never change.
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            var contentType = match.Groups[1].Value == "mp4" ? "video/mp4" : "image/jpeg";
            return Results.File(path, contentType, enableRangeProcessing: true);
        });

    [GeneratedRegex("^[a-z2-9]{12}\\.(mp4|jpg)$", RegexOptions.CultureInvariant)]
    private static partial Regex MediaFileName();
}
