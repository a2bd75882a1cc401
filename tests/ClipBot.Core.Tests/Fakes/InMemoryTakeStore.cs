using ClipBot.Core.Storage;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>A take store in a dictionary, keeping every save so tests can read the history of a take.</summary>
internal sealed class InMemoryTakeStore : ITakeStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TakeId, Take> _takes = [];
    private readonly List<Take> _saves = [];

    /// <summary>Every take passed to <see cref="SaveAsync"/>, oldest first.</summary>
    public IReadOnlyList<Take> Saves
    {
        get
        {
            lock (_gate)
            {
                return [.. _saves];
            }
        }
    }

    /// <summary>Puts a take in the store without recording it as a save.</summary>
    public void Seed(Take take)
    {
        lock (_gate)
        {
            _takes[take.Id] = take;
        }
    }

    public Take? Find(TakeId id)
    {
        lock (_gate)
        {
            return _takes.GetValueOrDefault(id);
        }
    }

    public Take Get(TakeId id) => Find(id) ?? throw new InvalidOperationException($"Take {id} is not in the store.");

    public Task CreateAsync(Take take, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_takes.TryAdd(take.Id, take))
            {
                throw new InvalidOperationException($"Take {take.Id} exists already.");
            }
        }

        return Task.CompletedTask;
    }

    public Task SaveAsync(Take take, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_takes.ContainsKey(take.Id))
            {
                throw new InvalidOperationException($"Take {take.Id} was saved before it was created.");
            }

            _takes[take.Id] = take;
            _saves.Add(take);
        }

        return Task.CompletedTask;
    }

    public Task<Take?> GetAsync(TakeId id, CancellationToken cancellationToken) => Task.FromResult(Find(id));

    public Task<IReadOnlyList<Take>> ListRecentAsync(int count, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Take> recent = [.. _takes.Values.OrderByDescending(t => t.CreatedAt).Take(count)];
            return Task.FromResult(recent);
        }
    }
}
