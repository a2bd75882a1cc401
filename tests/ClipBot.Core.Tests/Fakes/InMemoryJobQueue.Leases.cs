using System.Globalization;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Fakes;

internal sealed partial class InMemoryJobQueue
{
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

    private JobLease NewLease(TakeId id, string owner, TimeSpan leaseFor)
    {
        var attempt = _attempts[id] = _attempts.GetValueOrDefault(id) + 1;
        var token = (++_tokens).ToString(CultureInfo.InvariantCulture);
        return new JobLease(id, owner, token, time.GetUtcNow() + leaseFor, attempt);
    }
}
