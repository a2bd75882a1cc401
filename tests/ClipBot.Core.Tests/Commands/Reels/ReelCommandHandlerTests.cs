using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Reels;
using ClipBot.Core.Tests.Fakes;
using ClipBot.Core.Tests.Reels;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class ReelCommandHandlerTests
{
    private const string NoReel = "This channel has no reel. An admin can start one with `/reel create <name>` or join one with `/reel link <id>`.";

    private readonly InMemoryReelStore _reels = new();
    private readonly Mock<IReelSubcommand> _needsReel = Subcommand("shots", adminOnly: false, needsReel: true);
    private readonly Mock<IReelSubcommand> _adminOnly = Subcommand("create", adminOnly: true, needsReel: false);

    [Theory]
    [InlineData("")]
    [InlineData("help")]
    [InlineData("  HELP  ")]
    public async Task HandleAsync_HelpOrNothing_PrivateHelpListingEverySubcommand(string arguments)
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(arguments, TestReels.Voter), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Equal("Reel commands:\n• /reel shots usage\n• /reel create usage (admins)", outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_RealSubcommands_HelpNamesEachAndMarksTheAdminOnes()
    {
        var handler = RegisteredHandler();

        var outcome = await handler.HandleAsync(Command("help", TestReels.Voter), CancellationToken.None);

        foreach (var name in new[] { "create", "link", "shots", "brief", "open", "standings", "cut", "duel", "export" })
        {
            Assert.Contains($"\n• /reel {name}", outcome.Reply.Text, StringComparison.Ordinal);
        }

        Assert.Contains("\n• /reel shots: the shot list with times and briefs\n", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("\n• /reel open | vote | lock [--until 2h]: change the phase; lock makes the final cut (admins)\n", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_UnknownSubcommand_RefusedNamingItWithTheHelp()
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("dance now", TestReels.Admin), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.StartsWith("`/reel dance` is not a reel command. Reel commands:\n", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_VeryLongUnknownSubcommand_QuotedShortened()
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(new string('x', 300), TestReels.Admin), CancellationToken.None);

        Assert.StartsWith($"`/reel {new string('x', 20)}…` is not", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("link")]
    [InlineData("brief")]
    [InlineData("open")]
    [InlineData("vote")]
    [InlineData("lock")]
    [InlineData("cut")]
    [InlineData("export")]
    public async Task HandleAsync_AdminSubcommandFromAMember_RefusedAsAdminsOnly(string name)
    {
        var handler = RegisteredHandler();

        var outcome = await handler.HandleAsync(Command($"{name} 1 --until 2h", TestReels.Voter), CancellationToken.None);

        OutcomeAssert.Refused($"Only the band's admins can use `/reel {name}`.", outcome);
    }

    [Theory]
    [InlineData("shots")]
    [InlineData("standings")]
    [InlineData("duel 1")]
    public async Task HandleAsync_MemberSubcommandFromAMember_PassesTheAdminCheck(string arguments)
    {
        var handler = RegisteredHandler();

        var outcome = await handler.HandleAsync(Command(arguments, TestReels.Voter), CancellationToken.None);

        Assert.Equal(NoReel, outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_AdminOnlyFromAMember_SubcommandNeverRuns()
    {
        var handler = CreateHandler();

        await handler.HandleAsync(Command("create Night Drive", TestReels.Voter), CancellationToken.None);

        _adminOnly.Verify(s => s.HandleAsync(It.IsAny<ReelInvocation>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task HandleAsync_ChannelWithoutReel_RefusedSayingHowToStartOne()
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("shots", TestReels.Voter), CancellationToken.None);

        OutcomeAssert.Refused(NoReel, outcome);
        _needsReel.Verify(s => s.HandleAsync(It.IsAny<ReelInvocation>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task HandleAsync_ChannelWithReel_HandsTheReelNameAndRestToTheSubcommand()
    {
        var reel = await _reels.CreateAsync(TestReels.Create(), CancellationToken.None);
        var expected = new CommandOutcome(new ChatReply("shots", Ephemeral: true), Accepted: true);
        ReelInvocation? seen = null;
        _needsReel.Setup(s => s.HandleAsync(It.IsAny<ReelInvocation>(), It.IsAny<CancellationToken>()))
            .Callback((ReelInvocation invocation, CancellationToken _) => seen = invocation)
            .ReturnsAsync(expected);
        var handler = CreateHandler();
        var command = Command("  SHOTS   all of them  ", TestReels.Voter);

        var outcome = await handler.HandleAsync(command, CancellationToken.None);

        Assert.Same(expected, outcome);
        Assert.Equal(new ReelInvocation(command, "shots", "all of them", reel), seen);
    }

    [Fact]
    public async Task HandleAsync_SubcommandWithoutReel_RunsWithNoReel()
    {
        ReelInvocation? seen = null;
        _adminOnly.Setup(s => s.HandleAsync(It.IsAny<ReelInvocation>(), It.IsAny<CancellationToken>()))
            .Callback((ReelInvocation invocation, CancellationToken _) => seen = invocation)
            .ReturnsAsync(CommandOutcome.Refused("done"));
        var handler = CreateHandler();

        await handler.HandleAsync(Command("create Night Drive --bpm 120", TestReels.Admin), CancellationToken.None);

        Assert.NotNull(seen);
        Assert.Null(seen.Reel);
        Assert.Equal("Night Drive --bpm 120", seen.Arguments);
    }

    private ReelCommandHandler CreateHandler() => new([_needsReel.Object, _adminOnly.Object], _reels);

    /// <summary>/reel as Core registers it, with every real sub-command over mocked ports (the store knows no reel).</summary>
    private static ICommandHandler RegisteredHandler() =>
        new CollectionServiceProvider(CommandServices.Create()).GetServices<ICommandHandler>().Single(h => h.Name == "reel");

    private static Mock<IReelSubcommand> Subcommand(string name, bool adminOnly, bool needsReel)
    {
        var subcommand = new Mock<IReelSubcommand>();
        subcommand.SetupGet(s => s.Names).Returns([name]);
        subcommand.SetupGet(s => s.Usage).Returns($"{name} usage");
        subcommand.SetupGet(s => s.AdminOnly).Returns(adminOnly);
        subcommand.SetupGet(s => s.NeedsReel).Returns(needsReel);
        return subcommand;
    }

    private static ChatCommand Command(string arguments, ChatUser invoker) => new("reel", arguments, invoker, TestReels.Channel);
}
