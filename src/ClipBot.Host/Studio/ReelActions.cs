using ClipBot.Core.Commands;
using ClipBot.Core.Reels;

namespace ClipBot.Host.Studio;

/// <summary>
/// The steps every /api/reels/{id} action shares: find the reel (404 for an id that is not one), check what
/// the URL names (a slot, a take), run the command as the Studio user, and answer with the reel after it.
/// </summary>
internal sealed class ReelActions(IReelStore store, StudioReelCommands commands, StudioReels studio)
{
    /// <param name="check">A check of the URL against the reel, answering with a refusal; null when it passes.</param>
    /// <param name="later">Whether the command's work is done later by a worker (a cut): 202 then, else 200.</param>
    public async Task<IResult> RunAsync(
        HttpContext http, string id, string? userName, string text, CancellationToken cancellationToken, Func<Reel, IResult?>? check = null, bool later = false)
    {
        var (reel, outcome, refusal) = await DispatchAsync(http, id, userName, text, cancellationToken, check);
        if (refusal is not null)
        {
            return refusal;
        }

        var after = await store.GetAsync(reel!.Id, cancellationToken) ?? reel;
        var response = new ReelActionResponse(ReplyDto.From(outcome!.Reply), await studio.DescribeAsync(after, cancellationToken));
        return later ? Results.Accepted($"/api/reels/{reel.Id}", response) : Results.Ok(response);
    }

    /// <summary>The reel and the accepted outcome; or the refusal to answer with.</summary>
    public async Task<(Reel? Reel, CommandOutcome? Outcome, IResult? Refusal)> DispatchAsync(
        HttpContext http, string id, string? userName, string text, CancellationToken cancellationToken, Func<Reel, IResult?>? check = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (await ReelEndpoints.FindAsync(store, id, cancellationToken) is not { } reel)
        {
            return (null, null, ReelEndpoints.NoReel(id));
        }

        if (check?.Invoke(reel) is { } failed)
        {
            return (reel, null, failed);
        }

        if (StudioUser.From(userName, WriteAccessFilter.IsAdmin(http)) is not { } user)
        {
            return (reel, null, StudioResults.BadUser());
        }

        var outcome = await commands.RunAsync(reel.Id, text, user, cancellationToken);
        return outcome.Accepted ? (reel, outcome, null) : (reel, null, StudioResults.Refused(outcome));
    }
}
