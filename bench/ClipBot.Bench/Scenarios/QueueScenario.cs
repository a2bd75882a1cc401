namespace ClipBot.Bench.Scenarios;

/// <summary>
/// Issue 3's benchmark: ClipBot's enqueue → lease → complete throughput with empty jobs against BullMQ's, on
/// one redis-server (no persistence) in the same run. Both sides alike: 4 consumers in one process, running
/// and idle before the clock starts; a producer enqueuing N jobs in pipelined batches of 1,000 while they
/// run; the clock stops at the last completion; one 5,000-job warm-up (tiered JIT and V8 optimise the hot
/// paths), then 3 runs each, taking turns so that a busy machine slows both alike; the median. Jobs are spread
/// over 100 owners, so ClipBot's fair share and per-owner cap do their work; BullMQ carries the owner in the
/// job data.
/// </summary>
internal static class QueueScenario
{
    private const double Target = 1.0;

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        QueueSettings settings;
        try
        {
            settings = QueueSettings.Parse(args);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
        {
            await output.WriteLineAsync($"queue: {exception.Message}");
            return ScenarioTable.UsageExitCode;
        }

        var folder = QueueBullMqSetup.FindFolder();
        if (folder is null)
        {
            await output.WriteLineAsync("queue: bench/queue-bullmq was not found; run the benchmark from the repository (./build.sh bench queue).");
            return 1;
        }

        var installError = await QueueBullMqSetup.InstallAsync(folder, cancellationToken);
        if (installError is not null)
        {
            await output.WriteLineAsync($"queue: the BullMQ baseline could not be installed, so there is nothing to compare with.{Environment.NewLine}{installError}");
            return 1;
        }

        if (await QueueRedisServer.StartOrExplainAsync("queue", output, cancellationToken) is not { } redis)
        {
            return 1;
        }

        await using (redis)
        {
            await CompareAsync(redis, folder, settings, output, cancellationToken);
        }

        return 0;
    }

    private static async Task CompareAsync(QueueRedisServer redis, string folder, QueueSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync(
            $"queue: {N(settings.Jobs)} empty jobs x {settings.Runs} runs each, taking turns, after a {N(settings.Warmup)}-job warm-up; " +
            $"{settings.Consumers} consumers in one process; enqueued in pipelined batches of {N(settings.Batch)} while the consumers run; " +
            $"{settings.Owners} owners (ClipBot cap {settings.PerOwnerCap} each); redis-server {redis.ConnectionString}, no persistence");

        await using var clipBot = new QueueClipBotRun(redis.ConnectionString, settings);
        await clipBot.MeasureAsync(settings.Warmup, cancellationToken);
        await redis.FlushAsync();
        await using var bullMq = await QueueBullMqSession.StartAsync(folder, redis.Port, settings, cancellationToken);

        var clipBotTally = new QueueTally("clipbot", settings.Jobs);
        var bullMqTally = new QueueTally("bullmq", settings.Jobs);
        for (var run = 0; run < settings.Runs; run++)
        {
            await MeasureAsync(redis, clipBotTally, async () =>
            {
                var trips = clipBot.RoundTrips;
                var (seconds, cpu) = await clipBot.MeasureAsync(settings.Jobs, cancellationToken);
                return (seconds, cpu, clipBot.RoundTrips - trips);
            });
            await MeasureAsync(redis, bullMqTally, async () =>
            {
                var (seconds, cpu) = await bullMq.RunAsync(cancellationToken);
                return (seconds, cpu, null);
            });
        }

        foreach (var tally in new[] { clipBotTally, bullMqTally })
        {
            await output.WriteLineAsync($"  {tally.Name,-8} runs {tally.Runs} jobs/s, median {N(tally.MedianJobsPerSecond)} jobs/s");
            await output.WriteLineAsync($"  {string.Empty,-8} per job: {tally.CostPerJob()}");
        }

        var ratio = clipBotTally.MedianJobsPerSecond / bullMqTally.MedianJobsPerSecond;
        var verdict = ratio >= Target ? "PASS" : "FAIL";
        await output.WriteLineAsync(
            $"queue  clipbot {N(clipBotTally.MedianJobsPerSecond)} jobs/s | bullmq {N(bullMqTally.MedianJobsPerSecond)} jobs/s | ratio {Timings.Ratio(ratio)} | target >= {Target:0.0}: {verdict}");
    }

    // One run from an empty server, with what it cost the server read around it.
    private static async Task MeasureAsync(QueueRedisServer redis, QueueTally tally, Func<Task<(double Seconds, double ClientCpu, long? RoundTrips)>> run)
    {
        await redis.FlushAsync();
        var before = await redis.ReadTotalsAsync();
        var (seconds, clientCpu, roundTrips) = await run();
        tally.Add(seconds, QueueServerCost.Between(before, await redis.ReadTotalsAsync()), clientCpu, roundTrips);
    }

    private static string N(double value) => QueueTally.Count(value);
}
