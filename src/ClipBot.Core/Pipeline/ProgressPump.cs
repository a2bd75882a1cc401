using ClipBot.Core.Takes;

namespace ClipBot.Core.Pipeline;

/// <summary>
/// Collects a generator's progress and saves it at most twice a second: generators report per frame,
/// and a store write per frame would cost more than the frame.
/// </summary>
internal sealed class ProgressPump : IProgress<int>, IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _latest;

    public ProgressPump(Take take, TakeUpdater updater, TimeProvider time, CancellationToken cancellationToken)
    {
        _loop = RunAsync(take, updater, time, cancellationToken);
    }

    public void Report(int value) => Volatile.Write(ref _latest, Math.Clamp(value, 0, 100));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping the pump is its normal end.
        }

        _stop.Dispose();
    }

    private async Task RunAsync(Take take, TakeUpdater updater, TimeProvider time, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        var saved = take.Progress;
        while (true)
        {
            await Task.Delay(Interval, time, linked.Token);
            var latest = Volatile.Read(ref _latest);
            if (latest != saved)
            {
                take = await updater.UpdateAsync(take, t => t with { Progress = latest }, linked.Token);
                saved = latest;
            }
        }
    }
}
