using System.Globalization;
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
internal sealed class InMemoryJobQueue(TimeProvider time) : IJobQueue
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

    public Task EnqueueAsync(JobRequest job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            // A job already in the queue is not queued twice; a dead letter queued again leaves the dead letters.
            if (!_ownerOf.TryAdd(job.TakeId, job.OwnerId))
            {
                return Task.CompletedTask;
            }

            PushTail(job.OwnerId, job.TakeId);
            _dead.RemoveAll(d => d.TakeId == job.TakeId);
            Pulse();
        }

        return Task.CompletedTask;
    }

    public Task<JobLease?> TryLeaseAsync(string workerId, TimeSpan leaseFor, int perOwnerCap, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _leaseRequests.Add(new LeaseRequest(workerId, leaseFor, perOwnerCap));
            return Task.FromResult(LeaseNext(leaseFor, perOwnerCap));
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

    public async Task<CompleteResult> CompleteAndLeaseNextAsync(JobLease lease, TimeSpan duration, string workerId, TimeSpan leaseFor, int perOwnerCap, CancellationToken cancellationToken)
    {
        var completed = await CompleteAsync(lease, duration, cancellationToken);
        lock (_gate)
        {
            _leaseNextRequests.Add(new LeaseRequest(workerId, leaseFor, perOwnerCap));
            return new CompleteResult(completed, LeaseNext(leaseFor, perOwnerCap));
        }
    }

    // The body of a lease; the caller holds the gate.
    private JobLease? LeaseNext(TimeSpan leaseFor, int perOwnerCap)
    {
        _lastCap = perOwnerCap;
        PromoteDue();

        // At most once round the ring: the head owner goes to the tail, and is served unless at its cap.
        for (var turn = _ring.Count; turn > 0; turn--)
        {
            var owner = _ring[0];
            _ring.RemoveAt(0);
            _ring.Add(owner);
            if (_running.GetValueOrDefault(owner) >= perOwnerCap)
            {
                continue;
            }

            var line = _lines[owner];
            var id = line[0];
            line.RemoveAt(0);
            if (line.Count == 0)
            {
                _lines.Remove(owner);
                _ring.RemoveAt(_ring.Count - 1);
            }

            var lease = NewLease(id, owner, leaseFor);
            _leases.Add(lease);
            _running[owner] = _running.GetValueOrDefault(owner) + 1;
            return lease;
        }

        return null;
    }

    public Task<bool> RenewAsync(JobLease lease, TimeSpan leaseFor, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var index = IndexOfHeld(lease);
            if (index < 0)
            {
                return Task.FromResult(false);
            }

            _leases[index] = _leases[index] with { ExpiresAt = time.GetUtcNow() + leaseFor };
            return Task.FromResult(true);
        }
    }

    public Task<bool> CompleteAsync(JobLease lease, TimeSpan duration, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!EndLease(lease))
            {
                return Task.FromResult(false);
            }

            Forget(lease.TakeId);
            _completed.Add(new CompletedJob(lease.TakeId, duration));

            // The moving average of the Redis queue: the first duration starts it, then 0.8 avg + 0.2 d.
            _average = _average is { } average ? (average * 0.8) + (duration * 0.2) : duration;
            WakeIfWaiting();
            return Task.FromResult(true);
        }
    }

    public Task<bool> RetryLaterAsync(JobLease lease, DateTimeOffset due, string reason, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!EndLease(lease))
            {
                return Task.FromResult(false);
            }

            // The attempt count stays, so the next lease counts up.
            _delayed.Add(new RetryingJob(lease.TakeId, lease.OwnerId, due, reason));
            WakeIfWaiting();
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeadLetterAsync(JobLease lease, string reason, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!EndLease(lease))
            {
                return Task.FromResult(false);
            }

            var attempts = _attempts.GetValueOrDefault(lease.TakeId);
            Forget(lease.TakeId);
            _dead.Add(new DeadLetter(lease.TakeId, lease.OwnerId, reason, attempts, time.GetUtcNow()));
            WakeIfWaiting();
            return Task.FromResult(true);
        }
    }

    public Task<bool> ReleaseAsync(JobLease lease, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!EndLease(lease))
            {
                return Task.FromResult(false);
            }

            // A release is the worker stepping aside, not the job failing: the attempt is taken back.
            var attempts = _attempts.GetValueOrDefault(lease.TakeId) - 1;
            if (attempts <= 0)
            {
                _attempts.Remove(lease.TakeId);
            }
            else
            {
                _attempts[lease.TakeId] = attempts;
            }

            PushHead(lease.OwnerId, lease.TakeId);
            _released.Add(lease.TakeId);
            Pulse();
            return Task.FromResult(true);
        }
    }

    public Task<CancelOutcome> CancelAsync(TakeId takeId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_leases.Any(l => l.TakeId == takeId))
            {
                return Task.FromResult(CancelOutcome.Running);
            }

            if (!_ownerOf.TryGetValue(takeId, out var owner))
            {
                return Task.FromResult(CancelOutcome.NotQueued);
            }

            var removed = _delayed.RemoveAll(d => d.TakeId == takeId) > 0;
            if (!removed && _lines.TryGetValue(owner, out var line))
            {
                removed = line.Remove(takeId);
                if (line.Count == 0)
                {
                    _lines.Remove(owner);
                    _ring.Remove(owner);
                }
            }

            Forget(takeId);
            return Task.FromResult(removed ? CancelOutcome.Removed : CancelOutcome.NotQueued);
        }
    }

    public Task<RecoveryResult> RequeueExpiredAsync(int maxAttempts, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();

            // Latest deadline first, each to the head of its owner's line: the earliest ends up first. A job
            // already leased maxAttempts times is dead-lettered instead, as the Redis queue does.
            var expired = _leases.Where(l => l.ExpiresAt <= now).OrderByDescending(l => l.ExpiresAt).ToList();
            var dead = new List<TakeId>();
            foreach (var lease in expired)
            {
                EndLease(lease);
                var attempts = _attempts.GetValueOrDefault(lease.TakeId);
                if (attempts >= maxAttempts)
                {
                    Forget(lease.TakeId);
                    _dead.Add(new DeadLetter(lease.TakeId, lease.OwnerId, $"The worker stopped while making this clip, {attempts} times.", attempts, now));
                    dead.Add(lease.TakeId);
                }
                else
                {
                    PushHead(lease.OwnerId, lease.TakeId);
                }
            }

            if (expired.Count > dead.Count)
            {
                Pulse();
            }

            return Task.FromResult(new RecoveryResult(expired.Count - dead.Count, dead));
        }
    }

    public Task ReportWorkerAsync(string processId, int slots, TimeSpan aliveFor, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _workers[processId] = (slots, now + aliveFor);
            foreach (var gone in _workers.Where(w => w.Value.Until <= now).Select(w => w.Key).ToList())
            {
                _workers.Remove(gone);
            }
        }

        return Task.CompletedTask;
    }

    public async Task WaitForWorkAsync(TimeSpan maxWait, CancellationToken cancellationToken)
    {
        Task wakeUp;
        lock (_gate)
        {
            if (HasWork())
            {
                return;
            }

            wakeUp = _pulse.Task;
        }

        try
        {
            await wakeUp.WaitAsync(maxWait, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Waking at the timeout is the normal case of an idle queue.
        }
    }

    public Task<QueueStatus> GetStatusAsync(string? ownerId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            List<QueuedJob> jobs = [];
            if (ownerId is not null)
            {
                jobs.AddRange(_leases.Where(l => l.OwnerId == ownerId).Select(l => new QueuedJob(l.TakeId, Running: true, Position: null, RetryAt: null)));
                if (_lines.TryGetValue(ownerId, out var line))
                {
                    jobs.AddRange(PositionsOf(ownerId).Select((position, i) => new QueuedJob(line[i], Running: false, position, RetryAt: null)));
                }

                jobs.AddRange(_delayed.Where(d => d.OwnerId == ownerId).OrderBy(d => d.Due)
                    .Select(d => new QueuedJob(d.TakeId, Running: false, Position: null, d.Due)));
            }

            var status = new QueueStatus(
                Waiting: _lines.Values.Sum(l => l.Count),
                Running: _leases.Count,
                Retrying: _delayed.Count,
                WorkerSlots: _workers.Values.Where(w => w.Until > now).Sum(w => w.Slots),
                AverageDuration: _average,
                OwnerJobs: jobs);
            return Task.FromResult(status);
        }
    }

    public Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(int count, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DeadLetter> newest = [.. Enumerable.Reverse(_dead).Take(count)];
            return Task.FromResult(newest);
        }
    }

    // Position (1 = next) of the owner's i-th waiting job, caps ignored: the jobs go out in rounds, round i taking
    // the i-th job of every owner that has one, in ring order. So 1 + i + Σ_{V≠U} min(len_V, i) + Σ_{V before U} [len_V > i].
    private List<int> PositionsOf(string owner)
    {
        var index = _ring.IndexOf(owner);
        var positions = new List<int>();
        for (var i = 0; i < _lines[owner].Count; i++)
        {
            var position = 1 + i;
            for (var r = 0; r < _ring.Count; r++)
            {
                if (r == index)
                {
                    continue;
                }

                var length = _lines[_ring[r]].Count;
                position += Math.Min(length, i);
                if (r < index && length > i)
                {
                    position++;
                }
            }

            positions.Add(position);
        }

        return positions;
    }

    private bool HasWork()
    {
        var now = time.GetUtcNow();
        return _ring.Any(owner => _running.GetValueOrDefault(owner) < _lastCap) || _delayed.Any(d => d.Due <= now);
    }

    private void PromoteDue()
    {
        var now = time.GetUtcNow();
        var due = _delayed.Where(d => d.Due <= now).OrderByDescending(d => d.Due).ToList();
        foreach (var job in due)
        {
            _delayed.Remove(job);
            PushHead(job.OwnerId, job.TakeId);
        }
    }

    private void PushTail(string owner, TakeId id)
    {
        if (!_lines.TryGetValue(owner, out var line))
        {
            _lines[owner] = line = [];
            _ring.Add(owner);
        }

        line.Add(id);
    }

    private void PushHead(string owner, TakeId id)
    {
        if (!_lines.TryGetValue(owner, out var line))
        {
            _lines[owner] = line = [];
            _ring.Add(owner);
        }

        line.Insert(0, id);
    }

    private int IndexOfHeld(JobLease lease) =>
        _leases.FindIndex(l => l.TakeId == lease.TakeId && string.Equals(l.Token, lease.Token, StringComparison.Ordinal));

    private bool EndLease(JobLease lease)
    {
        var index = IndexOfHeld(lease);
        if (index < 0)
        {
            return false;
        }

        var owner = _leases[index].OwnerId;
        _leases.RemoveAt(index);
        var running = _running.GetValueOrDefault(owner) - 1;
        if (running <= 0)
        {
            _running.Remove(owner);
        }
        else
        {
            _running[owner] = running;
        }

        return true;
    }

    private void Forget(TakeId id)
    {
        _ownerOf.Remove(id);
        _attempts.Remove(id);
    }

    private void WakeIfWaiting()
    {
        if (_ring.Count > 0)
        {
            Pulse();
        }
    }

    private void Pulse()
    {
        var woken = _pulse;
        _pulse = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        woken.TrySetResult();
    }

    private JobLease NewLease(TakeId id, string owner, TimeSpan leaseFor)
    {
        var attempt = _attempts[id] = _attempts.GetValueOrDefault(id) + 1;
        var token = (++_tokens).ToString(CultureInfo.InvariantCulture);
        return new JobLease(id, owner, token, time.GetUtcNow() + leaseFor, attempt);
    }

    public sealed record LeaseRequest(string WorkerId, TimeSpan LeaseFor, int PerOwnerCap);

    public sealed record CompletedJob(TakeId TakeId, TimeSpan Duration);

    public sealed record RetryingJob(TakeId TakeId, string OwnerId, DateTimeOffset Due, string Reason);
}
