using ClipBot.Core.Takes;
using Xunit.Abstractions;

namespace ClipBot.Redis.Tests.Faults;

/// <summary>Issue 3: kill -9 a worker process in the middle of a job; the job completes once, on another worker.</summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Fault")]
public sealed class WorkerKillFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Worker_KilledWithSigkillMidJob_OtherWorkerCompletesAndPostsOnce()
    {
        await using var redis = await FaultRedisServer.StartAsync(appendOnly: false);
        var settings = FaultSettings.For(redis, new Dictionary<string, string>
        {
            ["Workers:Concurrency"] = "1",
            ["Workers:LeaseSeconds"] = "5",
            ["TestWorker:GenerateMs"] = "3000",
        });
        await using var harness = FaultHarness.Connect(settings);
        await using var workers = await WorkerGroup.StartAsync(2, settings, output);
        var takeId = (await harness.EnqueueAsync(count: 1, owners: 1, seed: 1))[0];
        var holderPid = 0;
        await Eventually.UntilAsync("a worker is generating the take", TimeSpan.FromSeconds(20), async () =>
        {
            // Past the first progress report, so the kill lands inside the 3 s generation, not at its edge.
            var take = await harness.Takes.GetAsync(takeId, CancellationToken.None);
            var generating = await harness.Db.HashGetAsync(harness.Keys.Generating, takeId.Value);
            holderPid = generating.HasValue ? (int)generating : 0;
            return (take is { Status: TakeStatus.Generating, Progress: > 0 } && holderPid != 0, $"take {take?.Status} {take?.Progress}%");
        });
        var holder = workers.ByProcessId(holderPid);
        var survivor = workers.Workers.Single(w => w != holder);

        holder.Kill();
        await Eventually.UntilAsync("the take is posted and the queue is empty", TimeSpan.FromSeconds(40), async () =>
        {
            var take = await harness.Takes.GetAsync(takeId, CancellationToken.None);
            var status = await harness.StatusAsync();
            return (take?.Status == TakeStatus.Posted && FaultHarness.IsEmpty(status), $"take {take?.Status}, {FaultHarness.Describe(status)}");
        });

        var posted = await harness.CountsAsync(harness.Keys.Posted);
        var postedBy = await harness.Db.HashGetAsync(harness.Keys.PostedBy, takeId.Value);
        var generations = await harness.CountsAsync(harness.Keys.Generations);
        var deadLetters = await harness.Queue.ListDeadLettersAsync(10, CancellationToken.None);
        Assert.True(holder.HasExited);
        Assert.Equal(1, posted.GetValueOrDefault(takeId.Value));
        Assert.Equal(survivor.ProcessId, (int)postedBy);
        Assert.Equal(2, generations.GetValueOrDefault(takeId.Value));
        Assert.Empty(deadLetters);
    }
}
