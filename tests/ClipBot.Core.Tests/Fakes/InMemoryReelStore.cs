using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>
/// Reels in a dictionary, saved by compare-and-set on <see cref="Reel.Version"/> as <see cref="IReelStore"/> says:
/// a save of the stored version stores it one higher, any other save is refused with null. A channel belongs to
/// the reel that listed it last; a channel a reel drops is unlinked from that reel only.
/// </summary>
internal sealed class InMemoryReelStore : IReelStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<ReelId, Reel> _reels = [];
    private readonly Dictionary<ChannelRef, ReelId> _channels = [];
    private readonly Dictionary<(ReelId, int), List<TakeId>> _takes = [];
    private readonly Dictionary<(ReelId, int, string), int> _reserved = [];
    private int _saves;

    /// <summary>How many saves were stored (refused ones are not counted).</summary>
    public int Saves
    {
        get
        {
            lock (_gate)
            {
                return _saves;
            }
        }
    }

    /// <summary>The stored reel; throws when there is none.</summary>
    public Reel Get(ReelId id)
    {
        lock (_gate)
        {
            return _reels.TryGetValue(id, out var reel) ? reel : throw new InvalidOperationException($"Reel {id} is not in the store.");
        }
    }

    /// <summary>Another node's save: changes the stored reel and makes every copy read before it stale.</summary>
    public void SaveElsewhere(ReelId id, Func<Reel, Reel> change)
    {
        lock (_gate)
        {
            var stored = _reels[id];
            Store(stored, change(stored) with { Version = stored.Version + 1 });
        }
    }

    /// <summary>The member's reserved takes in the slot.</summary>
    public int Reserved(ReelId reel, int slot, string memberId)
    {
        lock (_gate)
        {
            return _reserved.GetValueOrDefault((reel, slot, memberId));
        }
    }

    public Task<Reel> CreateAsync(Reel reel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        lock (_gate)
        {
            if (_reels.ContainsKey(reel.Id))
            {
                throw new InvalidOperationException($"Reel {reel.Id} exists already.");
            }

            var created = reel with { Version = 1 };
            _reels[reel.Id] = created;
            foreach (var channel in created.Channels)
            {
                _channels[channel] = created.Id;
            }

            return Task.FromResult(created);
        }
    }

    public Task<Reel?> GetAsync(ReelId id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_reels.GetValueOrDefault(id));
        }
    }

    public Task<Reel?> TrySaveAsync(Reel reel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        lock (_gate)
        {
            if (!_reels.TryGetValue(reel.Id, out var stored) || stored.Version != reel.Version)
            {
                return Task.FromResult<Reel?>(null);
            }

            var saved = reel with { Version = stored.Version + 1 };
            Store(stored, saved);
            return Task.FromResult<Reel?>(saved);
        }
    }

    public Task<ReelId?> FindByChannelAsync(ChannelRef channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<ReelId?>(_channels.TryGetValue(channel, out var id) ? id : null);
        }
    }

    public Task<IReadOnlyList<Reel>> ListRecentAsync(int count, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<Reel> recent = [.. _reels.Values.OrderByDescending(r => r.CreatedAt).Take(count)];
            return Task.FromResult(recent);
        }
    }

    public Task AddTakeAsync(ReelId reel, int slot, TakeId take, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!_takes.TryGetValue((reel, slot), out var takes))
            {
                _takes[(reel, slot)] = takes = [];
            }

            if (!takes.Contains(take))
            {
                takes.Add(take);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TakeId>> ListTakesAsync(ReelId reel, int slot, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<TakeId> takes = _takes.TryGetValue((reel, slot), out var filed) ? [.. filed] : [];
            return Task.FromResult(takes);
        }
    }

    public Task<bool> TryReserveTakeAsync(ReelId reel, int slot, string memberId, int max, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var count = _reserved.GetValueOrDefault((reel, slot, memberId));
            if (count >= max)
            {
                return Task.FromResult(false);
            }

            _reserved[(reel, slot, memberId)] = count + 1;
            return Task.FromResult(true);
        }
    }

    public Task ReleaseTakeAsync(ReelId reel, int slot, string memberId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var count = _reserved.GetValueOrDefault((reel, slot, memberId));
            _reserved[(reel, slot, memberId)] = Math.Max(0, count - 1);
        }

        return Task.CompletedTask;
    }

    // Under the lock: channels the save adds move to this reel; channels it drops leave it, unless another reel has them now.
    private void Store(Reel stored, Reel saved)
    {
        foreach (var added in saved.Channels.Except(stored.Channels))
        {
            _channels[added] = saved.Id;
        }

        foreach (var dropped in stored.Channels.Except(saved.Channels))
        {
            if (_channels.TryGetValue(dropped, out var owner) && owner == saved.Id)
            {
                _channels.Remove(dropped);
            }
        }

        _reels[saved.Id] = saved;
        _saves++;
    }
}
