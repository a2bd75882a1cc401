using System.Collections.Concurrent;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Pipeline;

/// <summary>The jobs this process is running, so a cancellation signalled by any process can stop the right one.</summary>
internal sealed class RunningJobs
{
    private readonly ConcurrentDictionary<TakeId, CancellationTokenSource> _jobs = new();

    public IDisposable Register(TakeId takeId, CancellationTokenSource cancel)
    {
        _jobs[takeId] = cancel;
        return new Registration(this, takeId, cancel);
    }

    /// <summary>Stops the job if this process runs it; false otherwise.</summary>
    public bool Cancel(TakeId takeId)
    {
        if (!_jobs.TryGetValue(takeId, out var cancel))
        {
            return false;
        }

        try
        {
            cancel.Cancel();
            return true;
        }
        catch (ObjectDisposedException)
        {
            // The job ended between the lookup and the cancel.
            return false;
        }
    }

    private sealed class Registration(RunningJobs owner, TakeId takeId, CancellationTokenSource cancel) : IDisposable
    {
        public void Dispose() => owner._jobs.TryRemove(new KeyValuePair<TakeId, CancellationTokenSource>(takeId, cancel));
    }
}
