using System.Diagnostics;
using ClipBot.Core.Reels;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// Both sides of the votes benchmark on one multiplexer built by AddClipBotRedis, as the app builds it: the real
/// RedisBallotBox through the IBallotBox port, and the ceiling, a bare HINCRBY per vote on the same connection.
/// Each lane of the workload runs one call at a time, so as many calls are in flight as there are lanes.
/// </summary>
internal sealed class VotesRun : IAsyncDisposable
{
    private static readonly DateTimeOffset At = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly IBallotBox _ballots;
    private readonly IDatabase _db;
    private readonly IConnectionMultiplexer _redis;

    public VotesRun(string connectionString)
    {
        _services = RedisBenchServices.Build(connectionString);
        _ballots = _services.GetRequiredService<IBallotBox>();
        _redis = _services.GetRequiredService<IConnectionMultiplexer>();
        _db = _redis.GetDatabase();
    }

    /// <summary>Commands this process has sent on its interactive connection so far.</summary>
    public long RoundTrips => _redis.GetCounters().Interactive.OperationCount;

    /// <summary>Casts every vote of the workload into a new reel; seconds and client CPU seconds, and the reel.</summary>
    public async Task<((double Seconds, double CpuSeconds) Time, ReelId Reel)> CastAsync(VotesWorkload workload, CancellationToken cancellationToken)
    {
        var reel = ReelId.New();
        return (await RunLanesAsync(workload, vote => _ballots.CastAsync(reel, vote.Slot, vote.Take, vote.VoterId, At, cancellationToken)), reel);
    }

    /// <summary>The ceiling: one HINCRBY per vote on the voted take's field, nothing else.</summary>
    public Task<(double Seconds, double CpuSeconds)> IncrementAsync(VotesWorkload workload, string prefix) =>
        RunLanesAsync(workload, vote => _db.HashIncrementAsync($"{prefix}:{vote.Slot}", vote.Take.Value));

    /// <summary>Whether every slot's tally is exactly the workload's expected one; else the first slot that differs.</summary>
    public async Task<string?> CheckTalliesAsync(VotesWorkload workload, ReelId reel, CancellationToken cancellationToken)
    {
        for (var slot = 1; slot <= workload.Expected.Length; slot++)
        {
            var tally = await _ballots.TallyAsync(reel, workload.Takes[slot - 1], cancellationToken);
            var expected = workload.Expected[slot - 1];
            if (tally.Count != expected.Count || expected.Any(e => tally.GetValueOrDefault(e.Key) != e.Value))
            {
                return $"slot {slot}: {tally.Values.Sum()} votes counted over {tally.Count} takes, {expected.Values.Sum()} expected over {expected.Count}";
            }
        }

        return null;
    }

    /// <summary>Whether the ceiling's counters add up to the number of votes.</summary>
    public async Task<long> CountIncrementsAsync(VotesWorkload workload, string prefix)
    {
        var counts = await Task.WhenAll(Enumerable.Range(1, workload.Expected.Length).Select(slot => _db.HashValuesAsync($"{prefix}:{slot}")));
        return counts.SelectMany(c => c).Sum(v => (long)v);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static async Task<(double Seconds, double CpuSeconds)> RunLanesAsync(VotesWorkload workload, Func<VotesCall, Task> call)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var lanes = workload.Lanes.Select(lane => Task.Run(async () =>
        {
            await start.Task;
            foreach (var vote in lane)
            {
                await call(vote);
            }
        })).ToList();

        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        start.SetResult();
        await Task.WhenAll(lanes);
        return (clock.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpu).TotalSeconds);
    }
}
