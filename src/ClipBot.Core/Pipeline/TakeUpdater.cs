using ClipBot.Core.Notifications;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Pipeline;

/// <summary>Saves a changed take and tells the live feed, stamping the time of the change.</summary>
internal sealed class TakeUpdater(ITakeStore store, ITakeEvents events, TimeProvider time)
{
    public async Task<Take> UpdateAsync(Take take, Func<Take, Take> change, CancellationToken cancellationToken)
    {
        var updated = change(take) with { UpdatedAt = time.GetUtcNow() };
        await store.SaveAsync(updated, cancellationToken);
        await events.PublishAsync(updated, cancellationToken);
        return updated;
    }
}
