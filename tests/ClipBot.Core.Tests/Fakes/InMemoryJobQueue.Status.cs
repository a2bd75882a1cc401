using ClipBot.Core.Queue;

namespace ClipBot.Core.Tests.Fakes;

internal sealed partial class InMemoryJobQueue
{
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
}
