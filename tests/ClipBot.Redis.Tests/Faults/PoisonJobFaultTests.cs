using ClipBot.Core.Takes;
using Xunit.Abstractions;

namespace ClipBot.Redis.Tests.Faults;

/// <summary>
/// A job whose worker dies on every attempt (a clip that crashes the process, say): after Queue:MaxAttempts
/// leases that expired, recovery dead-letters it with the reason instead of handing it to the next worker, so
/// one poisonous job cannot kill workers forever.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Fault")]
public sealed class PoisonJobFaultTests(ITestOutputHelper output)
{
    private const int MaxAttempts = 2;

    // One more than the kills, so that a worker is left to run recovery.
    private const int Workers = MaxAttempts + 1;

    [Fact]
    public async Task Worker_KilledMidJobOnEveryAttempt_JobDeadLetteredInsteadOfRunAgain()
    {
        await using var redis = await FaultRedisServer.StartAsync(appendOnly: false);
        var settings = FaultSettings.For(redis, new Dictionary<string, string>
        {
            ["Workers:Concurrency"] = "1",
            ["Workers:LeaseSeconds"] = "5",
            ["Queue:MaxAttempts"] = FaultSettings.Text(MaxAttempts),

            // Far longer than the test: every attempt is still generating when its worker is killed.
            ["TestWorker:GenerateMs"] = "120000",
        });
        await using var harness = FaultHarness.Connect(settings);
        await using var workers = await WorkerGroup.StartAsync(Workers, settings, output);
        var takeId = (await harness.EnqueueAsync(count: 1, owners: 1, seed: 5))[0];

        var killed = new List<int>();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var holderPid = 0;
            await Eventually.UntilAsync($"attempt {attempt} is generating", TimeSpan.FromSeconds(30), async () =>
            {
                var generations = await harness.CountsAsync(harness.Keys.Generations);
                var generating = await harness.Db.HashGetAsync(harness.Keys.Generating, takeId.Value);
                holderPid = generating.HasValue ? (int)generating : 0;
                var started = generations.GetValueOrDefault(takeId.Value);
                return (started == attempt && holderPid != 0 && !killed.Contains(holderPid), $"{started} generations started, by pid {holderPid}");
            });

            workers.ByProcessId(holderPid).Kill();
            killed.Add(holderPid);
            output.WriteLine($"attempt {attempt}: killed pid {holderPid}");
        }

        await Eventually.UntilAsync("the job is dead-lettered, the take failed and the queue is empty", TimeSpan.FromSeconds(30), async () =>
        {
            var take = await harness.Takes.GetAsync(takeId, CancellationToken.None);
            var status = await harness.StatusAsync();
            var dead = await harness.Queue.ListDeadLettersAsync(10, CancellationToken.None);
            return (take?.Status == TakeStatus.Failed && FaultHarness.IsEmpty(status) && dead.Count == 1,
                $"take {take?.Status}, {FaultHarness.Describe(status)}, {dead.Count} dead letters");
        });

        // A few recovery rounds later, still nothing runs it again: the survivor never started a third attempt.
        await Task.Delay(TimeSpan.FromSeconds(3));
        var letter = Assert.Single(await harness.Queue.ListDeadLettersAsync(10, CancellationToken.None));
        var take = await harness.Takes.GetAsync(takeId, CancellationToken.None);
        var generations = await harness.CountsAsync(harness.Keys.Generations);
        var posted = await harness.CountsAsync(harness.Keys.Posted);
        Assert.Equal(takeId, letter.TakeId);
        Assert.Equal($"The worker stopped while making this clip, {MaxAttempts} times.", letter.Reason);
        Assert.Equal(MaxAttempts, letter.Attempts);
        Assert.Equal("owner-0", letter.OwnerId);
        Assert.Equal(TakeStatus.Failed, take!.Status);
        Assert.False(string.IsNullOrEmpty(take.FailureReason));
        Assert.Equal(MaxAttempts, generations.GetValueOrDefault(takeId.Value));
        Assert.Equal(0, posted.GetValueOrDefault(takeId.Value));
        Assert.True(FaultHarness.IsEmpty(await harness.StatusAsync()));
        Assert.Single(workers.Workers, w => !w.HasExited);
    }
}
