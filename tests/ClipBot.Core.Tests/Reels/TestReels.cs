using ClipBot.Core.Chat;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Media;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Reels;

/// <summary>Reels, members and reel takes for the tests, with fixed, readable values.</summary>
internal static class TestReels
{
    public const double SlotSeconds = 4;

    public static readonly ChannelRef Channel = new("discord", "chan-1");

    public static readonly ChatUser Admin = new("u-admin", "Mod", IsAdmin: true);

    /// <summary>A fan with a year-old account and no roles; not the author of any test take.</summary>
    public static readonly ChatUser Voter = new("u-voter", "Vic") { AccountCreatedAt = TestTakes.Start.AddYears(-1) };

    /// <summary>Every status of a take that is not finished: neither ready nor posted.</summary>
    public static TheoryData<TakeStatus> Unfinished => [.. Enum.GetValues<TakeStatus>().Where(s => s is not (TakeStatus.Ready or TakeStatus.Posted))];

    /// <summary>A silent reel of <paramref name="slots"/> slots of <see cref="SlotSeconds"/> each, linked to <see cref="Channel"/>.</summary>
    public static Reel Create(int slots = 3, ReelPhase phase = ReelPhase.Open, VotingRules? rules = null, ChannelRef? channel = null) => new()
    {
        Id = ReelId.New(),
        Name = "Night Drive",
        Canvas = Canvas.Default,
        Slots = [.. Enumerable.Range(1, slots).Select(i => new Slot(i, (i - 1) * SlotSeconds, SlotSeconds))],
        Phase = phase,
        Rules = rules ?? VotingRules.Default,
        Channels = [channel ?? Channel],
        CreatedBy = Admin,
        CreatedAt = TestTakes.Start,
    };

    /// <summary>A take made for the reel's slot, by <paramref name="author"/> (by default <see cref="TestTakes.Author"/>).</summary>
    public static Take Take(Reel reel, int slot, TakeStatus status = TakeStatus.Posted, ChatUser? author = null, string prompt = "a car on a night road")
    {
        var take = TestTakes.Create(status, author: author);
        return take with { Reel = reel.Id, Parameters = take.Parameters with { Prompt = prompt, Slot = slot } };
    }

    /// <summary>An admin's <c>/reel name arguments</c> in <see cref="Channel"/>, as the /reel handler hands it on.</summary>
    public static ReelInvocation Invocation(string name, string arguments, Reel? reel, ChatUser? invoker = null) =>
        new(new ChatCommand("reel", $"{name} {arguments}", invoker ?? Admin, Channel), name, arguments, reel);
}
