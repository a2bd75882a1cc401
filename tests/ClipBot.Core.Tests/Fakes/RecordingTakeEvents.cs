using ClipBot.Core.Notifications;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>Records every published take, in order, and lets a test wait for one that matches.</summary>
internal sealed class RecordingTakeEvents : ITakeEvents
{
    private readonly Lock _gate = new();
    private readonly List<Take> _published = [];
    private readonly List<(Func<Take, bool> Match, TaskCompletionSource<Take> Found)> _waiters = [];

    public IReadOnlyList<Take> Published
    {
        get
        {
            lock (_gate)
            {
                return [.. _published];
            }
        }
    }

    /// <summary>The statuses published, with repeats of the same status in a row (progress updates) folded into one.</summary>
    public IReadOnlyList<TakeStatus> StatusSequence()
    {
        var statuses = new List<TakeStatus>();
        foreach (var take in Published)
        {
            if (statuses.Count == 0 || statuses[^1] != take.Status)
            {
                statuses.Add(take.Status);
            }
        }

        return statuses;
    }

    public Task PublishAsync(Take take, CancellationToken cancellationToken)
    {
        List<TaskCompletionSource<Take>> found = [];
        lock (_gate)
        {
            _published.Add(take);
            foreach (var waiter in _waiters.Where(w => w.Match(take)).ToList())
            {
                _waiters.Remove(waiter);
                found.Add(waiter.Found);
            }
        }

        foreach (var waiter in found)
        {
            waiter.TrySetResult(take);
        }

        return Task.CompletedTask;
    }

    /// <summary>Completes when a take matching <paramref name="match"/> has been published (now or later).</summary>
    public Task<Take> WaitForAsync(Func<Take, bool> match, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<Take>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var earlier = _published.FirstOrDefault(match);
            if (earlier is not null)
            {
                return Task.FromResult(earlier);
            }

            _waiters.Add((match, found));
        }

        return found.Task.WaitAsync(timeout);
    }

    public IAsyncEnumerable<Take> SubscribeAsync(CancellationToken cancellationToken) =>
        throw new NotSupportedException("The unit tests only record publications.");
}
