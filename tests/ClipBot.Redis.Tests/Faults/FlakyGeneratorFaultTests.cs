using ClipBot.Core.Takes;
using Xunit.Abstractions;

namespace ClipBot.Redis.Tests.Faults;

/// <summary>
/// Issue 3: a generator that fails 30% of its attempts; every job ends posted or dead-lettered with its
/// reason, and none is stuck.
/// </summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Fault")]
public sealed class FlakyGeneratorFaultTests(ITestOutputHelper output)
{
    private const int Jobs = 300;
    private const int MaxAttempts = 3;
    private const double FailRate = 0.3;

    [Fact]
    public async Task Generator_FailsThirtyPercentOfAttempts_EveryJobPostedOrDeadLettered()
    {
        await using var redis = await FaultRedisServer.StartAsync(appendOnly: false);
        var settings = FaultSettings.For(redis, new Dictionary<string, string>
        {
            ["Workers:Concurrency"] = "4",
            ["Workers:LeaseSeconds"] = "15",
            ["Queue:MaxAttempts"] = FaultSettings.Text(MaxAttempts),
            ["Queue:RetryBaseSeconds"] = "0.1",
            ["Queue:RetryMaxSeconds"] = "0.5",
            ["TestWorker:GenerateJitterMs"] = "5",
            ["TestWorker:FailRate"] = FaultSettings.Text(FailRate),
        });
        await using var harness = FaultHarness.Connect(settings);
        await using var workers = await WorkerGroup.StartAsync(2, settings, output);

        var ids = await harness.EnqueueAsync(Jobs, owners: 10, seed: 4);
        await Eventually.UntilAsync("every take is posted or failed and the queue is empty", TimeSpan.FromSeconds(60), async () =>
        {
            var takes = await harness.GetTakesAsync(ids);
            var status = await harness.StatusAsync();
            var done = takes.Values.All(t => t?.Status is TakeStatus.Posted or TakeStatus.Failed) && FaultHarness.IsEmpty(status);
            return (done, $"{FaultHarness.Describe(takes.Values)}; {FaultHarness.Describe(status)}");
        });

        var takes = await harness.GetTakesAsync(ids);
        var posted = await harness.CountsAsync(harness.Keys.Posted);
        var generations = await harness.CountsAsync(harness.Keys.Generations);
        var failures = await harness.CountsAsync(harness.Keys.Failures);
        var deadLetters = (await harness.Queue.ListDeadLettersAsync(Jobs, CancellationToken.None)).ToDictionary(d => d.TakeId);
        var failed = ids.Where(id => takes[id]!.Status == TakeStatus.Failed).ToHashSet();
        var succeeded = ids.Where(id => takes[id]!.Status == TakeStatus.Posted).ToList();
        var retried = succeeded.Count(id => failures.GetValueOrDefault(id.Value) > 0);
        output.WriteLine($"{succeeded.Count} posted ({retried} after a retry), {failed.Count} dead-lettered of {Jobs}; expected about {Jobs * Math.Pow(FailRate, MaxAttempts):0.0} dead");

        // Dead-lettered: the queue lists exactly the failed takes, each after every attempt failed, with the reason.
        Assert.Equal(failed, deadLetters.Keys.ToHashSet());
        Assert.All(deadLetters.Values, d =>
        {
            Assert.Equal(MaxAttempts, d.Attempts);
            Assert.Contains("on purpose", d.Reason, StringComparison.Ordinal);
            Assert.Equal(MaxAttempts, failures.GetValueOrDefault(d.TakeId.Value));
            Assert.Equal(MaxAttempts, generations.GetValueOrDefault(d.TakeId.Value));
            Assert.False(string.IsNullOrEmpty(takes[d.TakeId]!.FailureReason));
            Assert.Equal(0, posted.GetValueOrDefault(d.TakeId.Value));
        });

        // Posted: once, after as many failures as it had retries, never more than the attempts allow.
        Assert.All(succeeded, id =>
        {
            Assert.Equal(1, posted.GetValueOrDefault(id.Value));
            Assert.Equal(generations.GetValueOrDefault(id.Value) - 1, failures.GetValueOrDefault(id.Value));
            Assert.True(generations.GetValueOrDefault(id.Value) <= MaxAttempts);
        });

        // 0.3³ = 2.7% of 300 is about 8; the ids are seeded, so the count is the same on every run.
        Assert.InRange(failed.Count, 3, 24);
        Assert.True(retried > 0, "No job was retried: the generator never failed, so the test proved nothing.");
    }
}
