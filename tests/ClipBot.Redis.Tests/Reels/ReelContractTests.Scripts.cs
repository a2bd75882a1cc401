using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Redis.Reels;
using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Reels;

/// <summary>
/// The reels call their scripts by SHA1. A server that restarted has lost its script cache (SCRIPT FLUSH does
/// the same without the restart): the next call is answered NOSCRIPT, and the script must be sent again.
/// </summary>
public abstract partial class ReelContractTests
{
    [Fact]
    public async Task CastAsync_ServerLostItsScriptCache_CountsAndCachesTheScriptAgain()
    {
        var reel = ReelId.New();
        var take = TakeId.New();
        await Ballots.CastAsync(reel, 1, take, "alice", At, None);
        await FlushScriptsAsync();

        var receipt = await Ballots.CastAsync(reel, 1, take, "bob", At, None);

        Assert.Equal(2, receipt.Votes);
        Assert.True(await ServerAdmin.ScriptCachedAsync(_server.ConnectionString, BallotScripts.CastVotes.Hash));
    }

    [Fact]
    public async Task TakeDueAsync_ServerLostItsScriptCache_StillTakesTheTimer()
    {
        var reel = ReelId.New();
        await Timers.ScheduleAsync(reel, ReelTimer.Recut, At, replace: false, None);
        await FlushScriptsAsync();

        var due = await Timers.TakeDueAsync(At, Lease, 10, None);

        Assert.Equal(reel, Assert.Single(due).Reel);
    }

    private Task FlushScriptsAsync() => ServerAdmin.FlushScriptsAsync(_server.ConnectionString);
}
