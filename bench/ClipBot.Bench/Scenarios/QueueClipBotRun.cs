using System.Diagnostics;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// ClipBot's side: the real RedisJobQueue from AddClipBotRedis, driven through the IJobQueue port with no
/// generator. Consumers complete each job at once and lease the next in the same step, as the worker does; a
/// producer enqueues in batches while they run.
/// </summary>
internal sealed class QueueClipBotRun : IAsyncDisposable
{
    // Long enough that no lease expires during a run: recovery is not what is measured.
    private static readonly TimeSpan LeaseFor = TimeSpan.FromMinutes(5);

    // An idle consumer's longest nap; the queue's pub/sub wake-up normally ends it much sooner.
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(100);

    private readonly ServiceProvider _services;
    private readonly IJobQueue _queue;
    private readonly IConnectionMultiplexer _redis;
    private readonly QueueSettings _settings;

    public QueueClipBotRun(string connectionString, QueueSettings settings)
    {
        _settings = settings;
        _services = RedisBenchServices.Build(connectionString);
        _queue = _services.GetRequiredService<IJobQueue>();
        _redis = _services.GetRequiredService<IConnectionMultiplexer>();
    }

    /// <summary>Commands this process has sent on its interactive connection so far: its round trips, pipelined or not.</summary>
    public long RoundTrips => _redis.GetCounters().Interactive.OperationCount;

    /// <summary>
    /// Seconds from the first enqueue until the last of <paramref name="jobs"/> jobs is completed, and the CPU
    /// seconds this process spent meanwhile.
    /// </summary>
    public async Task<(double Seconds, double CpuSeconds)> MeasureAsync(int jobs, CancellationToken cancellationToken)
    {
        var completed = 0;
        var allDone = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var clock = new Stopwatch();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // The consumers are running, and idle, before the clock starts, as BullMQ's worker is ready before its clock.
        var consumers = Enumerable.Range(0, _settings.Consumers)
            .Select(i => Task.Run(() => ConsumeAsync($"bench:{i}", stop.Token), CancellationToken.None))
            .ToList();
        await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);

        // A take exists, with its id, before its job is queued, so making the requests is not the queue's time;
        // BullMQ's ids are made by its add script, and they are its time.
        var requests = Enumerable.Range(0, jobs).Select(i => new JobRequest(TakeId.New(), $"owner-{i % _settings.Owners}")).ToArray();

        var cpu = Environment.CpuUsage.TotalTime;
        clock.Start();
        for (var first = 0; first < jobs; first += _settings.Batch)
        {
            // A batch goes out as one pipelined burst on the multiplexer, like BullMQ's addBulk.
            var batch = new ArraySegment<JobRequest>(requests, first, Math.Min(_settings.Batch, jobs - first))
                .Select(request => _queue.EnqueueAsync(request, cancellationToken));
            await Task.WhenAll(batch);
        }

        var elapsed = await allDone.Task.WaitAsync(cancellationToken);
        var cpuUsed = Environment.CpuUsage.TotalTime - cpu;
        await stop.CancelAsync();
        await Task.WhenAll(consumers);
        return (elapsed.TotalSeconds, cpuUsed.TotalSeconds);

        // As the real worker runs: lease once, then complete each job and lease the next in the same step
        // until nothing may run, then sleep until a wake-up.
        async Task ConsumeAsync(string workerId, CancellationToken token)
        {
            try
            {
                while (!token.IsCancellationRequested)
                {
                    var lease = await _queue.TryLeaseAsync(workerId, LeaseFor, _settings.PerOwnerCap, token);
                    if (lease is null)
                    {
                        await _queue.WaitForWorkAsync(IdleWait, token);
                        continue;
                    }

                    while (lease is not null)
                    {
                        var started = Stopwatch.GetTimestamp();
                        var result = await _queue.CompleteAndLeaseNextAsync(lease, Stopwatch.GetElapsedTime(started), workerId, LeaseFor, _settings.PerOwnerCap, token);
                        if (!result.Completed)
                        {
                            throw new InvalidOperationException($"The lease on {lease.TakeId} was lost in a benchmark run; no lease should expire here.");
                        }

                        if (Interlocked.Increment(ref completed) == jobs)
                        {
                            allDone.TrySetResult(clock.Elapsed);
                        }

                        lease = result.Next;
                    }
                }
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // The run is over.
            }
            catch (Exception exception)
            {
                allDone.TrySetException(exception);
            }
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
