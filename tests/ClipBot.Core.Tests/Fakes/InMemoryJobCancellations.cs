using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>
/// Cancellation signals as pub/sub in memory: a signal reaches every listener subscribed at that moment and is
/// lost for the others. Tests wait for a listener before they signal.
/// </summary>
internal sealed class InMemoryJobCancellations : IJobCancellations
{
    private readonly Lock _gate = new();
    private readonly List<Channel<TakeId>> _listeners = [];
    private readonly List<TakeId> _signalled = [];
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<TakeId> Signalled
    {
        get
        {
            lock (_gate)
            {
                return [.. _signalled];
            }
        }
    }

    /// <summary>Completes once somebody listens.</summary>
    public Task Listening => _listening.Task;

    public Task SignalAsync(TakeId takeId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _signalled.Add(takeId);
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(takeId);
            }
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<TakeId> ListenAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<TakeId>();
        lock (_gate)
        {
            _listeners.Add(channel);
        }

        _listening.TrySetResult();
        try
        {
            await foreach (var takeId in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return takeId;
            }
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }
}
