using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Host.Studio;

/// <summary>Makes takes into the Studio's JSON, reading a finished take's reel (once per call) so its Vote button is right.</summary>
internal sealed class StudioTakes(IReelStore reels)
{
    public async Task<TakeDto> DescribeAsync(Take take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(take);
        return (await DescribeAsync([take], cancellationToken))[0];
    }

    /// <summary>The takes in the same order; a reel shared by several of them is read once.</summary>
    public async Task<IReadOnlyList<TakeDto>> DescribeAsync(IReadOnlyList<Take> takes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(takes);
        var found = new Dictionary<ReelId, Reel?>();
        var described = new List<TakeDto>(takes.Count);
        foreach (var take in takes)
        {
            // Only a finished take can have a Vote button; a take still generating sends many changes, and its reel is not read for them.
            Reel? reel = null;
            if (take.Reel is { } id && take.Status is TakeStatus.Ready or TakeStatus.Posted && !found.TryGetValue(id, out reel))
            {
                reel = await reels.GetAsync(id, cancellationToken);
                found[id] = reel;
            }

            described.Add(TakeDto.From(take, reel));
        }

        return described;
    }
}
