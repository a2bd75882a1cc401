using System.Text;
using ClipBot.Core.Chat;
using ClipBot.Core.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClipBot.Host.Studio;

/// <summary>
/// Reads the multipart form of POST /api/reels as it streams in: the text fields, and the song into a file
/// under the work folder with a generated name (the uploader's name is only shown, never used as a path).
/// The size is capped while reading, so an oversized upload is stopped before it fills the disk.
/// </summary>
internal sealed class StudioUploads(IOptions<DataOptions> data, ILogger<StudioUploads> logger)
{
    /// <summary>The song library's own limit; it refuses a bigger file too, but only once it is all on disk.</summary>
    public const long MaxSongBytes = 50L * 1024 * 1024;

    /// <summary>The song and a little for the form's other fields and boundaries.</summary>
    public const long MaxBodyBytes = MaxSongBytes + (1024 * 1024);

    public const string CommandField = "command";
    public const string UserField = "user";
    public const string SongField = "song";

    private const int MaxFileNameLength = 100;

    private static readonly string TooLarge =
        $"The song is over {MaxSongBytes / (1024 * 1024)} MB, the most ClipBot takes; send a smaller file (an mp3 or m4a of the song is plenty).";

    private static readonly string Expected =
        $"Send multipart/form-data: a `{CommandField}` field with the reel's name and flags (e.g. `Night Drive --slots 6`) and, optionally, the song as a `{SongField}` file.";

    public async Task<(ReelCreateForm? Form, IResult? Refusal)> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !string.Equals(type.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, StudioResults.Error(StatusCodes.Status400BadRequest, Expected));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return (null, StudioResults.Error(StatusCodes.Status413PayloadTooLarge, TooLarge));
        }

        // Kestrel's own cap (30 MB by default) would cut a legitimate song short; this one stops a body that
        // runs past the cap without having said its length up front.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        string? arguments = null, user = null;
        ChatAttachment? song = null;
        try
        {
            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = MaxBodyBytes };
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                // Every part is form-data; a file part has a file name too (IsFormDisposition means a plain field).
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !string.Equals(disposition.DispositionType.Value, "form-data", StringComparison.OrdinalIgnoreCase))
                {
                    return Refuse(song, StatusCodes.Status400BadRequest, Expected);
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (disposition.IsFileDisposition())
                {
                    if (name != SongField || song is not null)
                    {
                        return Refuse(song, StatusCodes.Status400BadRequest, $"Attach one song, as the `{SongField}` file; nothing else.");
                    }

                    var shown = disposition.FileNameStar.HasValue ? disposition.FileNameStar : HeaderUtilities.RemoveQuotes(disposition.FileName);
                    song = await SaveAsync(section.Body, shown.Value, cancellationToken);
                    if (song is null)
                    {
                        return (null, StudioResults.Error(StatusCodes.Status413PayloadTooLarge, TooLarge));
                    }
                }
                else if (name is CommandField or UserField)
                {
                    var text = await ReadFieldAsync(section.Body);
                    if (text is null)
                    {
                        return Refuse(song, StatusCodes.Status400BadRequest, $"The `{name}` field is over {CommandEndpoints.MaxTextLength} characters.");
                    }

                    (arguments, user) = name == CommandField ? (text, user) : (arguments, text);
                }
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Refuse(song, StatusCodes.Status413PayloadTooLarge, TooLarge);
        }
        catch (InvalidDataException)
        {
            // A form that breaks off or is malformed; the reader's own words are about boundaries, not for people.
            return Refuse(song, StatusCodes.Status400BadRequest, Expected);
        }
        catch
        {
            Forget(song);
            throw;
        }

        return (new ReelCreateForm(arguments, user, song, logger), null);
    }

    public static void Delete(string path, ILogger logger)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException exception)
        {
            logger.UploadNotDeleted(exception, path);
        }
        catch (UnauthorizedAccessException exception)
        {
            logger.UploadNotDeleted(exception, path);
        }
    }

    /// <summary>Copies the file's bytes to a new file; null (and no file) when it runs over <see cref="MaxSongBytes"/>.</summary>
    private async Task<ChatAttachment?> SaveAsync(Stream body, string? fileName, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(data.Value.WorkPath, "uploads");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.upload");
        long total = 0;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    total += read;
                    if (total > MaxSongBytes)
                    {
                        Delete(path, logger);
                        return null;
                    }

                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            return new ChatAttachment(ShownName(fileName), path, total);
        }
        catch
        {
            Delete(path, logger);
            throw;
        }
    }

    private static async Task<string?> ReadFieldAsync(Stream body)
    {
        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = new char[CommandEndpoints.MaxTextLength + 1];
        var length = await reader.ReadBlockAsync(buffer);
        return length > CommandEndpoints.MaxTextLength ? null : new string(buffer, 0, length);
    }

    private static string ShownName(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? string.Empty);
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        return name.Length == 0 ? "song" : name.Length <= MaxFileNameLength ? name : name[..MaxFileNameLength];
    }

    private (ReelCreateForm?, IResult?) Refuse(ChatAttachment? saved, int status, string message)
    {
        Forget(saved);
        return (null, StudioResults.Error(status, message));
    }

    private void Forget(ChatAttachment? saved)
    {
        if (saved is not null)
        {
            Delete(saved.LocalPath, logger);
        }
    }
}
