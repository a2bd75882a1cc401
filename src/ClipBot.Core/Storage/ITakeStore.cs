using ClipBot.Core.Takes;

namespace ClipBot.Core.Storage;

/// <summary>Durable storage of takes.</summary>
public interface ITakeStore
{
    /// <summary>Stores a new take; it is listed among the recent takes.</summary>
    Task CreateAsync(Take take, CancellationToken cancellationToken);

    /// <summary>Overwrites a take that exists.</summary>
    Task SaveAsync(Take take, CancellationToken cancellationToken);

    Task<Take?> GetAsync(TakeId id, CancellationToken cancellationToken);

    /// <summary>The newest takes first.</summary>
    Task<IReadOnlyList<Take>> ListRecentAsync(int count, CancellationToken cancellationToken);
}
