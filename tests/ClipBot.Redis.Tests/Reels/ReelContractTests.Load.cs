using System.Collections.Concurrent;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.Tests.Reels;

public abstract partial class ReelContractTests
{
    private const int Members = 200;
    private const int VotesPerMember = 5;
    private const int Slots = 5;
    private const int TakesPerSlot = 4;

    /// <summary>
    /// The load test: 1,000 votes from 200 members over 5 slots, members voting several times in a
    /// slot and changing their minds. A member's votes in one slot go one after another (their order decides
    /// the expected result); everything else runs at once, released together. The tallies must equal, exactly,
    /// the count of members whose last vote in the slot is each take.
    /// </summary>
    [Fact]
    public async Task CastAsync_1000ConcurrentVotesFrom200Members_ExactTallies()
    {
        var reel = ReelId.New();
        var takes = Enumerable.Range(0, Slots).Select(_ => Enumerable.Range(0, TakesPerSlot).Select(_ => TakeId.New()).ToArray()).ToArray();
        var random = new Random(20_260_101);
        var chains = Enumerable.Range(0, Members)
            .SelectMany(member => Enumerable.Range(0, VotesPerMember).Select(_ =>
            {
                var slot = random.Next(1, Slots + 1);
                return (Voter: $"member-{member}", Slot: slot, Take: takes[slot - 1][random.Next(TakesPerSlot)]);
            }))
            .GroupBy(vote => (vote.Voter, vote.Slot))
            .ToList();
        var receipts = new ConcurrentBag<(string Voter, int Slot, IReadOnlyList<(TakeId Take, VoteReceipt Receipt)> Votes)>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var running = chains.Select(chain => Task.Run(async () =>
        {
            await start.Task;
            var votes = new List<(TakeId, VoteReceipt)>();
            foreach (var vote in chain)
            {
                votes.Add((vote.Take, await Ballots.CastAsync(reel, vote.Slot, vote.Take, vote.Voter, At, None)));
            }

            receipts.Add((chain.Key.Voter, chain.Key.Slot, votes));
        })).ToList();
        start.SetResult();
        await Task.WhenAll(running);

        Assert.Equal(Members * VotesPerMember, receipts.Sum(r => r.Votes.Count));
        Assert.All(receipts, AssertOutcomesInOrder);
        var all = await Ballots.ListBallotsAsync(reel, None);
        for (var slot = 1; slot <= Slots; slot++)
        {
            var last = chains.Where(c => c.Key.Slot == slot).ToDictionary(c => c.Key.Voter, c => c.Last().Take);
            var expected = last.Values.GroupBy(t => t).ToDictionary(g => g.Key, g => (long)g.Count());

            var tally = await Ballots.TallyAsync(reel, takes[slot - 1], None);
            var ballots = all.Where(b => b.Slot == slot).ToList();

            Assert.Equal(expected, tally);
            Assert.Equal(last.Count, tally.Values.Sum());
            Assert.Equal(last.OrderBy(v => v.Key, StringComparer.Ordinal), ballots.Select(b => KeyValuePair.Create(b.VoterId, b.Take)).OrderBy(v => v.Key, StringComparer.Ordinal));
        }
    }

    // A member's first vote in a slot is cast; each later one is unchanged or a change from the one before.
    private static void AssertOutcomesInOrder((string Voter, int Slot, IReadOnlyList<(TakeId Take, VoteReceipt Receipt)> Votes) chain)
    {
        TakeId? held = null;
        foreach (var (take, receipt) in chain.Votes)
        {
            var expected = held is null ? VoteOutcome.Cast : held == take ? VoteOutcome.Unchanged : VoteOutcome.Changed;
            Assert.Equal(expected, receipt.Outcome);
            Assert.Equal(expected == VoteOutcome.Changed ? held : null, receipt.Previous);
            Assert.True(receipt.Votes >= 1);
            held = take;
        }
    }
}
