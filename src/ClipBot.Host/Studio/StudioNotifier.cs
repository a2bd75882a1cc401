using ClipBot.Core.Chat;
using ClipBot.Core.Notifications;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Host.Studio;

/// <summary>
/// Posting to the Studio channel needs no message: the page already shows the take through the live
/// events, so the post succeeds at once and the take moves to posted.
/// </summary>
internal sealed class StudioNotifier : ITakeNotifier
{
    public string Platform => ChannelRef.StudioPlatform;

    public Task<Result<bool>> PostAsync(Take take, CancellationToken cancellationToken) =>
        Task.FromResult(Result<bool>.Success(true));
}
