using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Core.Tests.Reels;

/// <summary>
/// The reel's state in memory (store, takes, ballots) on a fake clock, and the real Core pieces over it, for
/// tests where what is stored is the behaviour.
/// </summary>
internal sealed class ReelHarness
{
    public FakeTimeProvider Time { get; } = new(TestTakes.Start);

    public InMemoryReelStore Reels { get; } = new();

    public InMemoryTakeStore Takes { get; } = new();

    public InMemoryBallotBox Ballots { get; } = new();

    public ReelOptions Settings { get; } = new();

    public IOptions<ReelOptions> Options => Microsoft.Extensions.Options.Options.Create(Settings);

    public ReelUpdater Updater => new(Reels);

    public ReelStandings Standings => new(Reels, Takes, Ballots);

    public Task<Reel> AddReelAsync(Reel reel) => Reels.CreateAsync(reel, CancellationToken.None);

    /// <summary>Stores the take and files it under its slot of the reel, as /clip does.</summary>
    public async Task<Take> AddTakeAsync(Take take)
    {
        Takes.Seed(take);
        await Reels.AddTakeAsync(take.Reel!.Value, take.Parameters.Slot!.Value, take.Id, CancellationToken.None);
        return take;
    }

    public Task<Take> AddTakeAsync(Reel reel, int slot, TakeStatus status = TakeStatus.Posted, ChatUser? author = null) =>
        AddTakeAsync(TestReels.Take(reel, slot, status, author));

    /// <summary>One vote from each of <paramref name="voters"/> voters for the take.</summary>
    public async Task VoteAsync(Take take, int voters = 1)
    {
        for (var i = 0; i < voters; i++)
        {
            await Ballots.CastAsync(take.Reel!.Value, take.Parameters.Slot!.Value, take.Id, $"voter-{take.Id}-{i}", Time.GetUtcNow(), CancellationToken.None);
        }
    }

    public Task PickAsync(Take winner, Take loser, string voter) =>
        Ballots.RecordDuelAsync(winner.Reel!.Value, winner.Parameters.Slot!.Value, winner.Id, loser.Id, voter, Time.GetUtcNow(), CancellationToken.None);
}
