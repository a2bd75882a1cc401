using ClipBot.Core.Chat;
using ClipBot.Core.Reels;

namespace ClipBot.Host.Studio;

/// <summary>Makes reels into the Studio's JSON, with the standings ranked exactly as <c>/reel standings</c> ranks them.</summary>
internal sealed class StudioReels(IReelStore reels, ReelStandings standings)
{
    public async Task<ReelDto> DescribeAsync(Reel reel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        var ranked = await standings.ForReelAsync(reel, cancellationToken);
        return ReelDto.From(reel, ranked, await StudioChatReelAsync(cancellationToken) == reel.Id);
    }

    public async Task<IReadOnlyList<ReelSummaryDto>> ListAsync(int count, CancellationToken cancellationToken)
    {
        var chat = await StudioChatReelAsync(cancellationToken);
        var recent = await reels.ListRecentAsync(count, cancellationToken);
        return recent.Select(r => ReelSummaryDto.From(r, r.Id == chat)).ToList();
    }

    private Task<ReelId?> StudioChatReelAsync(CancellationToken cancellationToken) =>
        reels.FindByChannelAsync(ChannelRef.Studio, cancellationToken);
}
