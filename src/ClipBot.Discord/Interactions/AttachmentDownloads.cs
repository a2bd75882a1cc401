using ClipBot.Core.Chat;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using ClipBot.Discord.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Fetches a file that came with a command (a reel's song) from Discord's CDN into a generated name under the
/// work folder, for Core to read as a <see cref="ChatAttachment"/>. Only https URLs on Discord's CDN hosts are
/// fetched, or URLs on the host of <c>Discord:ApiBaseUrl</c> (a loopback fake in tests): the URL comes inside
/// the interaction, and ClipBot must not be made to fetch from anywhere else. No redirects are followed, no
/// token is sent, and the size is capped by the declared length and again while the bytes arrive.
/// </summary>
internal sealed class AttachmentDownloads(
    IHttpClientFactory clients, IOptions<DiscordOptions> options, IOptions<DataOptions> data, ILogger<AttachmentDownloads> logger)
{
    public const string ClientName = "ClipBot.Discord.Attachments";

    /// <summary>The song library's own limit; it refuses a bigger file too, but only once it is all on disk.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    private const int MaxShownNameLength = 100;

    private static readonly string[] CdnHosts = ["cdn.discordapp.com", "media.discordapp.net"];

    private static readonly Error TooLarge = Error.Invalid($"The file is over {MaxBytes / (1024 * 1024)} MB, the most ClipBot takes; attach a smaller one (an mp3 or m4a of the song is plenty).");

    private static readonly Error Unavailable = new(ErrorKind.Transient, "The file could not be fetched from Discord; try the command again.");

    /// <summary>The file, saved; the caller deletes <see cref="ChatAttachment.LocalPath"/> when the command is done.</summary>
    public async Task<Result<ChatAttachment>> SaveAsync(Interaction interaction, ResolvedAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(attachment);
        if (attachment.Bytes > MaxBytes)
        {
            return TooLarge;
        }

        if (!Uri.TryCreate(attachment.Url, UriKind.Absolute, out var url) || !IsAllowed(url))
        {
            logger.AttachmentRefused(interaction.Id, "its URL is not on Discord's CDN");
            return Error.Invalid("The file did not come from Discord; attach it again.");
        }

        var path = TemporaryFiles.NewPath(data.Value, "upload");
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.AttachmentUnavailable(interaction.Id, (int)response.StatusCode);
                return Unavailable;
            }

            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                return TooLarge;
            }

            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var saved = await CopyAsync(body, path, cancellationToken);
            if (saved is not { } bytes)
            {
                TemporaryFiles.Delete(path, logger);
                return TooLarge;
            }

            return new ChatAttachment(ShownName(attachment.FileName), path, bytes);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.AttachmentFailed(exception, interaction.Id);
            TemporaryFiles.Delete(path, logger);
            return Unavailable;
        }
        catch
        {
            TemporaryFiles.Delete(path, logger);
            throw;
        }
    }

    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme == Uri.UriSchemeHttps && url.IsDefaultPort && CdnHosts.Contains(url.Host, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        return Uri.TryCreate(options.Value.ApiBaseUrl, UriKind.Absolute, out var api)
            && string.Equals(url.Scheme, api.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(url.Host, api.Host, StringComparison.OrdinalIgnoreCase)
            && url.Port == api.Port;
    }

    /// <summary>Copies at most <see cref="MaxBytes"/>; null when the body runs past it.</summary>
    private static async Task<long?> CopyAsync(Stream body, string path, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > MaxBytes)
            {
                return null;
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return total;
    }

    private static string ShownName(string fileName)
    {
        var name = new string(Path.GetFileName(fileName).Where(c => !char.IsControl(c)).ToArray());
        return name.Length == 0 ? "file" : DiscordText.Fit(name, MaxShownNameLength);
    }
}
