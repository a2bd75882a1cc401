using ClipBot.Core.Notifications;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Pipeline;

/// <summary>Saves a changed take and tells the live feed, stamping the time of the change.</summary>
internal sealed class TakeUpdater(ITakeStore store, ITakeEvents events, TimeProvider time)
{
    /// <summary>
    /// Applies a worker's change. A take its author cancelled meanwhile stays cancelled: the change is
    /// dropped and <see cref="TakeCancelledException"/> stops the worker.
    /// </summary>
    public async Task<Take> UpdateAsync(Take take, Func<Take, Take> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(take);
        var stored = await store.GetAsync(take.Id, cancellationToken);
        if (stored?.Status == TakeStatus.Cancelled)
        {
            throw new TakeCancelledException(take.Id);
        }

        return await SaveAsync(change(take), cancellationToken);
    }

    /// <summary>Saves the take as given, whatever is stored; for the cancel command itself.</summary>
    public async Task<Take> SaveAsync(Take take, CancellationToken cancellationToken)
    {
        var updated = take with { UpdatedAt = time.GetUtcNow() };
        await store.SaveAsync(updated, cancellationToken);
        await events.PublishAsync(updated, cancellationToken);
        return updated;
    }
}
