using ClipBot.Core.Chat;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>Durable storage of reels, the channels linked to them, and the takes made for their slots.</summary>
public interface IReelStore
{
    /// <summary>Stores a new reel as version 1 and links each of its channels to it.</summary>
    Task<Reel> CreateAsync(Reel reel, CancellationToken cancellationToken);

    Task<Reel?> GetAsync(ReelId id, CancellationToken cancellationToken);

    /// <summary>
    /// Saves the reel when the stored one has the same <see cref="Reel.Version"/>, and returns what was
    /// stored (the version one higher); null when another save came first or the reel is gone. Channels
    /// added to <see cref="Reel.Channels"/> are linked to the reel.
    /// </summary>
    Task<Reel?> TrySaveAsync(Reel reel, CancellationToken cancellationToken);

    /// <summary>The reel a channel takes part in; a channel linked again belongs to the latest reel.</summary>
    Task<ReelId?> FindByChannelAsync(ChannelRef channel, CancellationToken cancellationToken);

    /// <summary>The newest reels first.</summary>
    Task<IReadOnlyList<Reel>> ListRecentAsync(int count, CancellationToken cancellationToken);

    /// <summary>Files a take under its slot; a take filed twice is listed once.</summary>
    Task AddTakeAsync(ReelId reel, int slot, TakeId take, CancellationToken cancellationToken);

    /// <summary>The takes filed under a slot, oldest first.</summary>
    Task<IReadOnlyList<TakeId>> ListTakesAsync(ReelId reel, int slot, CancellationToken cancellationToken);

    /// <summary>
    /// Counts one more take for the member in the slot, atomically, unless they already have
    /// <paramref name="max"/>; false then, and nothing is counted.
    /// </summary>
    Task<bool> TryReserveTakeAsync(ReelId reel, int slot, string memberId, int max, CancellationToken cancellationToken);

    /// <summary>Gives back one reserved take (its job could not be queued); never goes below zero.</summary>
    Task ReleaseTakeAsync(ReelId reel, int slot, string memberId, CancellationToken cancellationToken);
}
