using ClipBot.Core.Queue;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Fakes;

internal sealed partial class InMemoryJobQueue
{
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

    public Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(int count, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<DeadLetter> newest = [.. Enumerable.Reverse(_dead).Take(count)];
            return Task.FromResult(newest);
        }
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
}
