using System.Globalization;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>
/// The queue's contract in memory: pending ids in order, and leases fenced by a token. Renew, complete and
/// release succeed only for the token that holds the lease, as in the Redis queue.
/// </summary>
internal sealed class InMemoryJobQueue(TimeProvider time) : IJobQueue
{
    private readonly Lock _gate = new();
    private readonly List<TakeId> _pending = [];
    private readonly Dictionary<TakeId, JobLease> _leases = [];
    private readonly Dictionary<TakeId, int> _attempts = [];
    private readonly List<TakeId> _completed = [];
    private int _tokens;

    public IReadOnlyList<TakeId> Pending
    {
        get
        {
            lock (_gate)
            {
                return [.. _pending];
            }
        }
    }

    public IReadOnlyList<TakeId> Completed
    {
        get
        {
            lock (_gate)
            {
                return [.. _completed];
            }
        }
    }

    public JobLease? LeaseOf(TakeId id)
    {
        lock (_gate)
        {
            return _leases.GetValueOrDefault(id);
        }
    }

    /// <summary>Simulates the lease lapsing and another worker leasing the job: the old token no longer holds it.</summary>
    public JobLease TakeOver(TakeId id, TimeSpan leaseFor)
    {
        lock (_gate)
        {
            if (!_leases.ContainsKey(id))
            {
                throw new InvalidOperationException($"Take {id} is not leased.");
            }

            var lease = NewLease(id, leaseFor);
            _leases[id] = lease;
            return lease;
        }
    }

    public Task EnqueueAsync(TakeId takeId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _pending.Add(takeId);
        }

        return Task.CompletedTask;
    }

    public Task<JobLease?> TryLeaseAsync(string workerId, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return Task.FromResult<JobLease?>(null);
            }

            var id = _pending[0];
            _pending.RemoveAt(0);
            var lease = NewLease(id, leaseFor);
            _leases[id] = lease;
            return Task.FromResult<JobLease?>(lease);
        }
    }

    public Task<bool> RenewAsync(JobLease lease, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!Holds(lease))
            {
                return Task.FromResult(false);
            }

            _leases[lease.TakeId] = _leases[lease.TakeId] with { ExpiresAt = time.GetUtcNow() + leaseFor };
            return Task.FromResult(true);
        }
    }

    public Task<bool> CompleteAsync(JobLease lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!Holds(lease))
            {
                return Task.FromResult(false);
            }

            _leases.Remove(lease.TakeId);
            _completed.Add(lease.TakeId);
            return Task.FromResult(true);
        }
    }

    public Task<bool> ReleaseAsync(JobLease lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!Holds(lease))
            {
                return Task.FromResult(false);
            }

            _leases.Remove(lease.TakeId);
            _pending.Insert(0, lease.TakeId);
            return Task.FromResult(true);
        }
    }

    public Task<int> RequeueExpiredAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var expired = _leases.Values.Where(l => l.ExpiresAt <= now).Select(l => l.TakeId).ToList();
            foreach (var id in expired)
            {
                _leases.Remove(id);
                _pending.Add(id);
            }

            return Task.FromResult(expired.Count);
        }
    }

    public Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long> CountQueuedAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult((long)_pending.Count);
        }
    }

    private bool Holds(JobLease lease) =>
        _leases.TryGetValue(lease.TakeId, out var held) && string.Equals(held.Token, lease.Token, StringComparison.Ordinal);

    private JobLease NewLease(TakeId id, TimeSpan leaseFor)
    {
        var attempt = _attempts[id] = _attempts.GetValueOrDefault(id) + 1;
        var token = (++_tokens).ToString(CultureInfo.InvariantCulture);
        return new JobLease(id, token, time.GetUtcNow() + leaseFor, attempt);
    }
}
