namespace ClipBot.Bench.Scenarios;

/// <summary>
/// The voting benchmark: RedisBallotBox.CastAsync, through the IBallotBox port (each vote applied by the cast
/// script: the ballot, the count moved on a change, the voted take's count read back; votes cast at once share a
/// script call), against its ceiling, a bare HINCRBY per vote, on one redis-server the benchmark starts (no
/// persistence), over the same multiplexer and with as many calls in flight. 1,000 members vote once in each
/// of 55 slots of 13 takes (the reference reel), a quarter of them changing a vote; after warm-up rounds, the rounds take turns so that a busy machine
/// slows both alike; the medians, and the check that every round's tallies are exact.
/// </summary>
internal static class VotesScenario
{
    private const double Target = 0.5;
    private const int Seed = 20_260_101;
    private const int WarmupRounds = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        VotesSettings settings;
        try
        {
            settings = VotesSettings.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            await output.WriteLineAsync($"votes: {exception.Message}");
            return ScenarioTable.UsageExitCode;
        }

        if (await QueueRedisServer.StartOrExplainAsync("votes", output, cancellationToken) is not { } redis)
        {
            return 1;
        }

        await using (redis)
        {
            return await CompareAsync(redis, settings, output, cancellationToken);
        }
    }

    private static async Task<int> CompareAsync(QueueRedisServer redis, VotesSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        var workload = VotesWorkload.Make(settings, Seed);
        await output.WriteLineAsync(
            $"votes: {N(settings.Members)} members over {settings.Slots} slots x {settings.TakesPerSlot} takes; {N(workload.Count)} votes a round " +
            $"({N(workload.Changes)} of them changes), {settings.InFlight} in flight; {settings.Rounds} rounds each, taking turns, after {WarmupRounds} warm-up rounds; " +
            $"redis-server {redis.ConnectionString}, no persistence");

        // Warm-up rounds, unmeasured, until tiered JIT has optimised both hot paths: after a single short one,
        // the first measured rounds still ran partly unoptimised code.
        await using var run = new VotesRun(redis.ConnectionString);
        for (var round = 0; round < WarmupRounds; round++)
        {
            var warmup = VotesWorkload.Make(settings, Seed + 1 + round);
            await run.CastAsync(warmup, cancellationToken);
            await run.IncrementAsync(warmup, $"bench:ceiling:warmup:{round}");
            await redis.FlushAsync();
        }

        var cast = new QueueTally("cast", workload.Count);
        var ceiling = new QueueTally("hincrby", workload.Count);
        var wrong = new List<string>();
        for (var round = 1; round <= settings.Rounds; round++)
        {
            var prefix = $"bench:ceiling:{round}";
            async Task CastRoundAsync()
            {
                var reel = await MeasureAsync(redis, run, cast, () => run.CastAsync(workload, cancellationToken));
                if (await run.CheckTalliesAsync(workload, reel, cancellationToken) is { } difference)
                {
                    wrong.Add($"round {round}, {difference}");
                }
            }

            async Task CeilingRoundAsync()
            {
                await MeasureAsync(redis, run, ceiling, async () => (await run.IncrementAsync(workload, prefix), prefix));
                if (await run.CountIncrementsAsync(workload, prefix) is var counted && counted != workload.Count)
                {
                    wrong.Add($"round {round}, ceiling: {N(counted)} increments counted, {N(workload.Count)} made");
                }
            }

            // Each goes first in every other round, so neither always runs on a machine the other just warmed.
            if (round % 2 == 1)
            {
                await CastRoundAsync();
                await CeilingRoundAsync();
            }
            else
            {
                await CeilingRoundAsync();
                await CastRoundAsync();
            }
        }

        foreach (var tally in new[] { cast, ceiling })
        {
            await output.WriteLineAsync($"  {tally.Name,-8} rounds {tally.Runs} /s, median {N(tally.MedianJobsPerSecond)} /s");
            await output.WriteLineAsync($"  {string.Empty,-8} per vote: {tally.CostPerJob()}");
        }

        await output.WriteLineAsync(wrong.Count == 0
            ? $"  tallies exact in all {settings.Rounds} rounds: each take's count is the members whose last vote it is"
            : $"  tallies WRONG: {string.Join("; ", wrong)}");

        var ratio = cast.MedianJobsPerSecond / ceiling.MedianJobsPerSecond;
        var verdict = ratio >= Target && wrong.Count == 0 ? "PASS" : "FAIL";
        await output.WriteLineAsync(
            $"votes  cast {N(cast.MedianJobsPerSecond)} votes/s | ceiling {N(ceiling.MedianJobsPerSecond)} HINCRBY/s | ratio {Timings.Ratio(ratio)} | target >= {Target:0.0}: {verdict}");
        return wrong.Count == 0 ? 0 : 1;
    }

    // One round from an empty server, with what it cost the server and this process read around it.
    private static async Task<T> MeasureAsync<T>(QueueRedisServer redis, VotesRun run, QueueTally tally, Func<Task<((double Seconds, double CpuSeconds) Time, T Result)>> round)
    {
        await redis.FlushAsync();
        var before = await redis.ReadTotalsAsync();
        var trips = run.RoundTrips;
        var ((seconds, cpu), result) = await round();
        tally.Add(seconds, QueueServerCost.Between(before, await redis.ReadTotalsAsync()), cpu, run.RoundTrips - trips);
        return result;
    }

    private static string N(double value) => QueueTally.Count(value);
}
