using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Interactions;

/// <summary>A rendered message and the temporary files it uploads, deleted once it is sent (or given up on).</summary>
internal sealed class OutgoingMessage(DiscordMessage message, IReadOnlyList<string> temporaryFiles, ILogger logger) : IDisposable
{
    public DiscordMessage Message { get; } = message;

    public void Dispose()
    {
        foreach (var path in temporaryFiles)
        {
            TemporaryFiles.Delete(path, logger);
        }
    }
}
