using ClipBot.Core.Queue;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>
/// The queue's contract in memory, shaped like the Redis scripts: one waiting line per owner and a ring of the
/// owners that have a waiting job; a lease serves the ring's head owner (unless it is at the per-owner cap) and
/// moves it to the tail. Leases are fenced by a token: renew, complete, retry, dead-letter and release succeed
/// only for the token that holds the lease. Retries wait in a delayed set until their due time on the injected
/// clock; a lease first moves due retries back to the head of their owners' lines.
/// </summary>
internal sealed partial class InMemoryJobQueue(TimeProvider time) : IJobQueue
{
    private readonly Lock _gate = new();
    private readonly List<string> _ring = [];
    private readonly Dictionary<string, List<TakeId>> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<TakeId, string> _ownerOf = [];
    private readonly Dictionary<TakeId, int> _attempts = [];
    private readonly List<JobLease> _leases = [];
    private readonly Dictionary<string, int> _running = new(StringComparer.Ordinal);
    private readonly List<RetryingJob> _delayed = [];
    private readonly List<DeadLetter> _dead = [];
    private readonly List<LeaseRequest> _leaseNextRequests = [];
    private readonly List<CompletedJob> _completed = [];
    private readonly List<TakeId> _released = [];
    private readonly List<LeaseRequest> _leaseRequests = [];
    private readonly Dictionary<string, (int Slots, DateTimeOffset Until)> _workers = new(StringComparer.Ordinal);
    private TaskCompletionSource _pulse = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TimeSpan? _average;
    private int _lastCap = int.MaxValue;
    private int _tokens;

    /// <summary>Every waiting job (retries not included) in the order the ring would serve them, caps ignored.</summary>
    public IReadOnlyList<TakeId> Waiting
    {
        get
        {
            lock (_gate)
            {
                return [.. _ring
                    .SelectMany(owner => PositionsOf(owner).Select((position, i) => (Id: _lines[owner][i], Position: position)))
                    .OrderBy(job => job.Position)
                    .Select(job => job.Id)];
            }
        }
    }

    /// <summary>The owners with a waiting job, head of the ring first.</summary>
    public IReadOnlyList<string> Ring
    {
        get
        {
            lock (_gate)
            {
                return [.. _ring];
            }
        }
    }

    public IReadOnlyList<TakeId> Completed
    {
        get
        {
            lock (_gate)
            {
                return [.. _completed.Select(c => c.TakeId)];
            }
        }
    }

    /// <summary>Every completion with the duration it was given.</summary>
    public IReadOnlyList<CompletedJob> Completions
    {
        get
        {
            lock (_gate)
            {
                return [.. _completed];
            }
        }
    }

    /// <summary>Jobs waiting out a retry delay, earliest due first.</summary>
    public IReadOnlyList<RetryingJob> Retrying
    {
        get
        {
            lock (_gate)
            {
                return [.. _delayed.OrderBy(d => d.Due)];
            }
        }
    }

    public IReadOnlyList<DeadLetter> DeadLetters
    {
        get
        {
            lock (_gate)
            {
                return [.. _dead];
            }
        }
    }

    /// <summary>Jobs given back by <see cref="ReleaseAsync"/>, in order.</summary>
    public IReadOnlyList<TakeId> Released
    {
        get
        {
            lock (_gate)
            {
                return [.. _released];
            }
        }
    }

    /// <summary>Every call of <see cref="TryLeaseAsync"/>, whether it leased or not.</summary>
    public IReadOnlyList<LeaseRequest> LeaseRequests
    {
        get
        {
            lock (_gate)
            {
                return [.. _leaseRequests];
            }
        }
    }

    /// <summary>The complete-and-lease-next calls, in order; their leases are not among <see cref="LeaseRequests"/>.</summary>
    public IReadOnlyList<LeaseRequest> LeaseNextRequests
    {
        get
        {
            lock (_gate)
            {
                return [.. _leaseNextRequests];
            }
        }
    }

    public int RunningOf(string ownerId)
    {
        lock (_gate)
        {
            return _running.GetValueOrDefault(ownerId);
        }
    }

    public JobLease? LeaseOf(TakeId id)
    {
        lock (_gate)
        {
            return _leases.FirstOrDefault(l => l.TakeId == id);
        }
    }

    /// <summary>Shorthand for enqueuing a job of <paramref name="ownerId"/>.</summary>
    public Task EnqueueAsync(TakeId takeId, string ownerId) =>
        EnqueueAsync(new JobRequest(takeId, ownerId), CancellationToken.None);

    /// <summary>Simulates the lease lapsing and another worker leasing the job: the old token no longer holds it.</summary>
    public JobLease TakeOver(TakeId id, TimeSpan leaseFor)
    {
        lock (_gate)
        {
            var index = _leases.FindIndex(l => l.TakeId == id);
            if (index < 0)
            {
                throw new InvalidOperationException($"Take {id} is not leased.");
            }

            var lease = NewLease(id, _leases[index].OwnerId, leaseFor);
            _leases[index] = lease;
            return lease;
        }
    }

    public sealed record LeaseRequest(string WorkerId, TimeSpan LeaseFor, int PerOwnerCap);

    public sealed record CompletedJob(TakeId TakeId, TimeSpan Duration);

    public sealed record RetryingJob(TakeId TakeId, string OwnerId, DateTimeOffset Due, string Reason);
}
