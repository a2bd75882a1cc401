using System.Text.Json.Nodes;
using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Discord.Interactions;
using ClipBot.Discord.Rest;
using Moq;
using static ClipBot.Discord.Tests.Interactions.InteractionPayloads;

namespace ClipBot.Discord.Tests.Interactions;

/// <summary>Slash commands: the central deferral, the options as Core's text, the reply where the deferral left room.</summary>
public sealed class DiscordInteractionHandlerTests : HarnessTests
{
    [Fact]
    public async Task AnswerAsync_SlowCommand_DefersWithinAHundredMillisecondsBeforeCoreAnswers()
    {
        // One interaction first: the JIT compiles the path once per process, which a running bot has long done.
        await Harness.RunAsync(SlashCommand("help"));
        var release = new TaskCompletionSource<CommandOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        Harness.Dispatcher.Setup(d => d.DispatchAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>())).Returns(release.Task);
        var payload = SlashCommand("clip", Options(Option("prompt", "a neon city at dusk")));

        var started = Harness.Rest.Elapsed;
        var work = await Harness.Handler.AnswerAsync(Element(payload), CancellationToken.None);
        var deferral = Harness.Rest.CallsTo(nameof(IDiscordRest.RespondAsync))[^1];

        Assert.False(work.IsCompleted);
        Assert.Equal(InteractionResponse.DeferredChannelMessage, deferral.Response!.Type);
        var latency = deferral.At - started;
        Assert.True(latency < TimeSpan.FromMilliseconds(100), $"deferred after {latency.TotalMilliseconds:0.0} ms");
        release.SetResult(new CommandOutcome(new ChatReply("Queued.", Ephemeral: false), Accepted: true));
        await work;
        Assert.Equal("Queued.", Harness.Rest.CallsTo(nameof(IDiscordRest.EditOriginalAsync))[^1].Message!.Content);
    }

    [Fact]
    public async Task HandleInteractionAsync_Clip_DefersForTheChannelAndEditsOriginalWithTheReply()
    {
        Harness.Outcome = new CommandOutcome(new ChatReply("Queued take abcd2345efgh; 1st in line.", Ephemeral: false), Accepted: true);

        await Harness.RunAsync(SlashCommand("clip", Options(Option("prompt", "a neon city at dusk"))));

        var calls = Harness.Rest.Calls;
        Assert.Equal([nameof(IDiscordRest.RespondAsync), nameof(IDiscordRest.EditOriginalAsync)], calls.Select(c => c.Name));
        Assert.False(calls[0].Response!.Message!.Ephemeral);
        Assert.Equal("Queued take abcd2345efgh; 1st in line.", calls[1].Message!.Content);
        Assert.Equal([MasonId], calls[1].Message!.MentionUserIds);
    }

    [Fact]
    public async Task HandleInteractionAsync_ClipWithOptions_OptionsBecomeInlineFlagsForCore()
    {
        var options = Options(
            Option("prompt", "a neon city --camera zoom-in"),
            Option("slot", 3, type: 4),
            Option("aspect", "9:16"),
            Option("seed", 7, type: 4),
            Option("duration", 5, type: 4),
            Option("provider", "local"));

        await Harness.RunAsync(SlashCommand("clip", options));

        var command = Assert.Single(Harness.Dispatched);
        Assert.Equal("clip", command.Name);
        Assert.Equal("a neon city --camera zoom-in --slot 3 --ar 9:16 --seed 7 --duration 5", command.Arguments);
        Assert.Equal(new ChannelRef("discord", ChannelId), command.Channel);
        Assert.Equal(10L * 1024 * 1024, command.UploadLimitBytes);
        Assert.True(command.Invoker.IsAdmin);
    }

    [Fact]
    public async Task HandleInteractionAsync_OptionDisagreesWithInlineFlag_RefusedNamingBothPrivately()
    {
        var options = Options(Option("prompt", "a neon city --ar 9:16"), Option("aspect", "16:9"));

        await Harness.RunAsync(SlashCommand("clip", options));

        Assert.Empty(Harness.Dispatched);
        var refusal = Harness.Rest.CallsTo(nameof(IDiscordRest.FollowUpAsync)).Single().Message!;
        Assert.True(refusal.Ephemeral);
        Assert.Contains("`aspect` option says `16:9`", refusal.Content, StringComparison.Ordinal);
        Assert.Contains("`--ar 9:16`", refusal.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleInteractionAsync_RefusalOfAVisiblyDeferredCommand_ChannelSeesNoReasonInvokerDoes()
    {
        Harness.Outcome = CommandOutcome.Refused("`--ar 21:9` is not allowed: use one of 16:9, 9:16, 1:1, 4:5.");

        await Harness.RunAsync(SlashCommand("clip", Options(Option("prompt", "a city --ar 21:9"))));

        var calls = Harness.Rest.Calls;
        Assert.Equal([nameof(IDiscordRest.RespondAsync), nameof(IDiscordRest.EditOriginalAsync), nameof(IDiscordRest.FollowUpAsync)], calls.Select(c => c.Name));
        Assert.Equal(InteractionReplies.AnsweredPrivately, calls[1].Message!.Content);
        Assert.True(calls[2].Message!.Ephemeral);
        Assert.Equal("`--ar 21:9` is not allowed: use one of 16:9, 9:16, 1:1, 4:5.", calls[2].Message!.Content);
    }

    [Theory]
    [InlineData("queue")]
    [InlineData("help")]
    [InlineData("vote")]
    [InlineData("cancel")]
    public async Task HandleInteractionAsync_PrivateCommand_DefersEphemerally(string name)
    {
        Harness.Outcome = new CommandOutcome(new ChatReply("Only for you.", Ephemeral: true), Accepted: true);

        await Harness.RunAsync(SlashCommand(name, name is "vote" or "cancel" ? Options(Option("take", "abcd2345efgh")) : null));

        var calls = Harness.Rest.Calls;
        Assert.True(calls[0].Response!.Message!.Ephemeral);
        Assert.Equal([nameof(IDiscordRest.RespondAsync), nameof(IDiscordRest.EditOriginalAsync)], calls.Select(c => c.Name));
        Assert.Equal(name is "vote" or "cancel" ? "abcd2345efgh" : string.Empty, Assert.Single(Harness.Dispatched).Arguments);
    }

    [Fact]
    public async Task HandleInteractionAsync_AdminSubcommandByAFan_DefersEphemerally()
    {
        Harness.Outcome = CommandOutcome.Refused("Only the band's admins can use `/reel lock`.");

        await Harness.RunAsync(SlashCommand("reel", Subcommand("lock"), userId: FanId, permissions: FanPermissions));

        var calls = Harness.Rest.Calls;
        Assert.True(calls[0].Response!.Message!.Ephemeral);
        Assert.Equal("Only the band's admins can use `/reel lock`.", calls[1].Message!.Content);
        Assert.Equal(2, calls.Count);
        Assert.False(Assert.Single(Harness.Dispatched).Invoker.IsAdmin);
    }

    [Fact]
    public async Task HandleInteractionAsync_AdminSubcommandByAnAdmin_DefersForTheChannel()
    {
        await Harness.RunAsync(SlashCommand("reel", Subcommand("create", Option("name", "Night Drive"), Option("slots", 2, type: 4))));

        Assert.False(Harness.Rest.Calls[0].Response!.Message!.Ephemeral);
        Assert.Equal("create Night Drive --slots 2", Assert.Single(Harness.Dispatched).Arguments);
    }

    [Fact]
    public async Task HandleInteractionAsync_CoreThrows_InvokerReadsAFixedLineAndTheExceptionIsLogged()
    {
        Harness.Dispatcher.Setup(d => d.DispatchAsync(It.IsAny<ChatCommand>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("redis://secret-host:6379 refused"));

        await Harness.RunAsync(SlashCommand("queue"));

        var messages = Harness.Rest.Calls.Where(c => c.Message is not null).Select(c => c.Message!.Content).ToList();
        Assert.Equal([InteractionReplies.Failure], messages);
        var logged = Assert.Single(Harness.Logs.Lines, l => l.Event.Id == 4203);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    [Fact]
    public async Task HandleInteractionAsync_AcceptedClip_ItsTokenIsKeptForProgress()
    {
        var take = ClipBot.Core.Takes.TakeId.New();
        Harness.Outcome = new CommandOutcome(new ChatReply("Queued.", Ephemeral: false), Accepted: true, take);
        var payload = SlashCommand("clip", Options(Option("prompt", "a city")));

        await Harness.RunAsync(payload);

        Assert.Equal((string)payload["token"]!, Harness.Tokens.Find(take)!.Token);
    }

    [Fact]
    public async Task HandleInteractionAsync_UnknownCommand_RefusedPrivatelyWithoutCore()
    {
        await Harness.RunAsync(SlashCommand("cardsearch", Options(Option("cardname", "The Gitrog Monster"))));

        Assert.Empty(Harness.Dispatched);
        Assert.True(Harness.Rest.Calls[0].Response!.Message!.Ephemeral);
        Assert.Contains("not a command this ClipBot knows", Harness.Rest.CallsTo(nameof(IDiscordRest.EditOriginalAsync)).Single().Message!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleInteractionAsync_Unreadable_NothingSent()
    {
        var payload = SlashCommand("clip");
        payload.Remove("token");

        await Harness.RunAsync(payload);

        Assert.Empty(Harness.Rest.Calls);
        Assert.Contains(Harness.Logs.Lines, l => l.Event.Id == 4201);
    }

    [Fact]
    public async Task HandleInteractionAsync_DeferralRefused_NoFurtherWork()
    {
        Harness.Rest.Failures[nameof(IDiscordRest.RespondAsync)] = new ClipBot.Core.Results.Error(ClipBot.Core.Results.ErrorKind.NotFound, "The interaction expired.");

        await Harness.RunAsync(SlashCommand("queue"));

        Assert.Single(Harness.Rest.Calls);
        Assert.Empty(Harness.Dispatched);
    }

    [Fact]
    public async Task HandleInteractionAsync_SongFromAnotherHost_RefusedWithoutDownloading()
    {
        var resolved = new JsonObject
        {
            ["attachments"] = new JsonObject
            {
                ["1100"] = new JsonObject { ["id"] = "1100", ["filename"] = "song.mp3", ["size"] = 1000, ["url"] = "https://evil.example/song.mp3" },
            },
        };
        var options = Subcommand("create", Option("name", "Night Drive"), Option("song", "1100", type: 11));

        await Harness.RunAsync(SlashCommand("reel", options, resolved: resolved));

        Assert.Empty(Harness.Dispatched);
        Assert.Contains("did not come from Discord", Harness.Rest.CallsTo(nameof(IDiscordRest.FollowUpAsync)).Single().Message!.Content, StringComparison.Ordinal);
    }
}
