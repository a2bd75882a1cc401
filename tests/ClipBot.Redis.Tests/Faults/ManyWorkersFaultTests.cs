using ClipBot.Core.Takes;
using Xunit.Abstractions;

namespace ClipBot.Redis.Tests.Faults;

/// <summary>Issue 3: 3 worker processes × 500 jobs; every job is completed, and posted, exactly once.</summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Fault")]
public sealed class ManyWorkersFaultTests(ITestOutputHelper output)
{
    private const int Jobs = 500;
    private const int Workers = 3;

    [Fact]
    public async Task ThreeWorkers_FiveHundredJobs_EachCompletedAndPostedExactlyOnce()
    {
        await using var redis = await FaultRedisServer.StartAsync(appendOnly: false);
        var settings = FaultSettings.For(redis, new Dictionary<string, string>
        {
            ["Workers:Concurrency"] = "4",

            // Nothing here needs recovery, so a lease long enough that a loaded CI machine never loses one: any
            // second run of a job is then a queue fault, not a slow test.
            ["Workers:LeaseSeconds"] = "15",
            ["TestWorker:GenerateJitterMs"] = "5",
        });
        await using var harness = FaultHarness.Connect(settings);
        await using var workers = await WorkerGroup.StartAsync(Workers, settings, output);

        var ids = await harness.EnqueueAsync(Jobs, owners: 10, seed: 3);
        await Eventually.UntilAsync("every take is posted and the queue is empty", TimeSpan.FromSeconds(60), async () =>
        {
            var takes = await harness.GetTakesAsync(ids);
            var status = await harness.StatusAsync();
            var done = takes.Values.All(t => t?.Status == TakeStatus.Posted) && FaultHarness.IsEmpty(status);
            return (done, $"{FaultHarness.Describe(takes.Values)}; {FaultHarness.Describe(status)}");
        });

        var posted = await harness.CountsAsync(harness.Keys.Posted);
        var generations = await harness.CountsAsync(harness.Keys.Generations);
        var posters = await harness.Db.HashValuesAsync(harness.Keys.PostedBy);
        var deadLetters = await harness.Queue.ListDeadLettersAsync(10, CancellationToken.None);
        var byWorker = posters.GroupBy(p => (int)p).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"posts per worker: {string.Join(", ", byWorker.Select(p => $"pid {p.Key}: {p.Value}"))}");
        Assert.Equal(Jobs, posted.Count);
        Assert.All(ids, id => Assert.Equal(1, posted.GetValueOrDefault(id.Value)));
        Assert.All(ids, id => Assert.Equal(1, generations.GetValueOrDefault(id.Value)));
        Assert.Equal(Workers, byWorker.Count);
        Assert.Empty(deadLetters);
    }
}
