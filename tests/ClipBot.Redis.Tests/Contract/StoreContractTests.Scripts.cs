using ClipBot.Core.Queue;
using ClipBot.Redis.Queue;
using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Contract;

/// <summary>
/// The queue calls its scripts by SHA1. A server that restarted has lost its script cache (SCRIPT FLUSH does
/// the same without the restart): the next call is answered NOSCRIPT, and the queue must send the text again,
/// every time this happens, not only the first.
/// </summary>
public abstract partial class StoreContractTests
{
    [Fact]
    public async Task QueueSteps_ServerLostItsScriptCacheTwice_RunAndCacheTheScriptsAgain()
    {
        var alice = await EnqueueAsync("alice", 3);
        var first = await LeaseAsync();
        await FlushScriptsAsync();

        var second = await Queue.CompleteAndLeaseNextAsync(first!, TimeSpan.FromSeconds(1), "w1", LeaseFor, NoCap, None);
        var cachedAgain = await ScriptCachedAsync(QueueScripts.CompleteAndLeaseNext);
        await FlushScriptsAsync();
        var third = await Queue.CompleteAndLeaseNextAsync(second.Next!, TimeSpan.FromSeconds(1), "w1", LeaseFor, NoCap, None);
        await FlushScriptsAsync();
        var last = await Queue.CompleteAndLeaseNextAsync(third.Next!, TimeSpan.FromSeconds(1), "w1", LeaseFor, NoCap, None);
        await FlushScriptsAsync();
        var status = await Queue.GetStatusAsync("alice", None);

        Assert.True(cachedAgain);
        Assert.Equal([alice[1], alice[2]], [second.Next!.TakeId, third.Next!.TakeId]);
        Assert.True(second.Completed && third.Completed && last.Completed);
        Assert.Null(last.Next);
        Assert.Equal((0L, 0L), (status.Waiting, status.Running));
        Assert.Equal(0, (await Queue.RequeueExpiredAsync(MaxAttempts, None)).Requeued);
    }

    [Fact]
    public async Task WaitForWorkAsync_ServerLostItsScriptCache_StillSignsUpAndWakes()
    {
        await FlushScriptsAsync();
        var waiting = NewQueue().WaitForWorkAsync(LongWait, None);
        await WaitUntilPendingAsync(waiting);
        await FlushScriptsAsync();

        await Queue.EnqueueAsync(new JobRequest(Core.Takes.TakeId.New(), "alice"), None);

        await waiting.WaitAsync(Prompt);
    }

    private Task FlushScriptsAsync() => ServerAdmin.FlushScriptsAsync(_server.ConnectionString);

    private Task<bool> ScriptCachedAsync(QueueScript script) => ServerAdmin.ScriptCachedAsync(_server.ConnectionString, script.Hash);
}
