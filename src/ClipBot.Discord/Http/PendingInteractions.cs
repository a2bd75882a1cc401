using Microsoft.Extensions.Hosting;

namespace ClipBot.Discord.Http;

/// <summary>
/// The work after HTTP interactions' first answers runs on after their requests have had their 202; it is
/// tied to the host's life instead, and shutdown waits for it (within the host's shutdown time).
/// </summary>
internal sealed class PendingInteractions(IHostApplicationLifetime lifetime) : IHostedService
{
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _running = [];

    /// <summary>Ends with the host: the token the work after a first answer runs under.</summary>
    public CancellationToken Stopping => lifetime.ApplicationStopping;

    public void Track(Task work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.IsCompleted)
        {
            return;
        }

        lock (_gate)
        {
            _running.Add(work);
        }

        work.ContinueWith(
            done =>
            {
                lock (_gate)
                {
                    _running.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_gate)
        {
            running = [.. _running];
        }

        // A lapse of the host's shutdown time ends the wait; what is left lapses with its interaction's token.
        // The work logs its own failures, so none is rethrown here.
        await Task.WhenAll(running).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
