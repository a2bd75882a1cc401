using ClipBot.Core.Chat;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Renders a <see cref="ChatReply"/> as a Discord message within Discord's limits: at most 2,000 characters
/// (cut with "…"), buttons in rows (<see cref="ButtonRows"/>), at most 10 files, and pings for the requester
/// only. A duel's two takes come as two images, left then right; a reply's files are written to temporary files.
/// </summary>
internal sealed class ReplyRenderer(ITakeStore takes, IOptions<DataOptions> data, ILogger<ReplyRenderer> logger)
{
    public const int MaxFiles = 10;

    public async Task<OutgoingMessage> RenderAsync(ChatReply reply, ChatUser? requester, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var files = new List<DiscordFile>();
        var temporary = new List<string>();
        try
        {
            for (var i = 0; i < reply.SideBySide.Count; i++)
            {
                if (await SideAsync(reply.SideBySide[i], i == 0 ? "left" : "right", cancellationToken) is { } side)
                {
                    files.Add(side);
                }
            }

            foreach (var file in reply.Files.Take(MaxFiles - files.Count))
            {
                var path = TemporaryFiles.NewPath(data.Value, "part");
                temporary.Add(path);
                await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
                files.Add(new DiscordFile(SafeFileName(file.Name), path, file.ContentType));
            }
        }
        catch
        {
            new OutgoingMessage(new DiscordMessage(null), temporary, logger).Dispose();
            throw;
        }

        var message = new DiscordMessage(DiscordText.Fit(reply.Text, DiscordMessage.MaxContentLength))
        {
            Components = reply.Buttons.Count > 0 ? ButtonRows.Render(reply.Buttons) : null,
            Files = files,
            MentionUserIds = requester is not null && DiscordUsers.DiscordId(requester) is { } id ? [id.ToString()] : [],
            Ephemeral = reply.Ephemeral,
        };
        return new OutgoingMessage(message, temporary, logger);
    }

    /// <summary>A file name for the upload made of safe characters only; the reply's own name is kept where it is plain.</summary>
    public static string SafeFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var safe = new string(Path.GetFileName(name).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).TrimStart('.');
        return safe.Length == 0 ? "file" : DiscordText.Fit(safe, 100);
    }

    // The animated preview shows a take better than a still; the poster stands in for takes made before previews.
    private async Task<DiscordFile?> SideAsync(TakeId id, string side, CancellationToken cancellationToken)
    {
        if (await takes.GetAsync(id, cancellationToken) is not { Artifacts: { } artifacts })
        {
            return null;
        }

        var file = artifacts.PreviewFile is { } preview && File.Exists(Path.Combine(data.Value.MediaPath, preview)) ? preview : artifacts.PosterFile;
        var extension = Path.GetExtension(file).TrimStart('.').ToLowerInvariant();
        var type = extension switch
        {
            "webp" => "image/webp",
            "gif" => "image/gif",
            _ => "image/jpeg",
        };
        return new DiscordFile($"{side}-{id}.{extension}", Path.Combine(data.Value.MediaPath, file), type, $"{side}: take {id}");
    }
}
