using ClipBot.Core.Chat;

namespace ClipBot.Host.Studio;

/// <summary>
/// The form of POST /api/reels, read: the <c>/reel create</c> arguments, who asks, and the song saved to a
/// temporary file. Disposing it deletes the file; by then the song library keeps its own copy.
/// </summary>
internal sealed class ReelCreateForm(string? arguments, string? user, ChatAttachment? song, ILogger logger) : IDisposable
{
    public string? Arguments { get; } = arguments;

    public string? User { get; } = user;

    public ChatAttachment? Song { get; } = song;

    public void Dispose()
    {
        if (Song is not null)
        {
            StudioUploads.Delete(Song.LocalPath, logger);
        }
    }
}
