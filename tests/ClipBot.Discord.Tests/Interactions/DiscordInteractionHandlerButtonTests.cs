using System.Text.Json.Nodes;
using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using ClipBot.Discord.Interactions;
using ClipBot.Discord.Rest;
using Moq;
using static ClipBot.Discord.Tests.Interactions.InteractionPayloads;

namespace ClipBot.Discord.Tests.Interactions;

/// <summary>Buttons and the Remix modal: Core's actions, Reroll, Remix and Delete.</summary>
public sealed class DiscordInteractionHandlerButtonTests : HarnessTests
{
    [Fact]
    public async Task HandleInteractionAsync_VoteButton_DeferredPrivatelyAndCoresVoteRuns()
    {
        var take = TakeId.New();
        Harness.Outcome = new CommandOutcome(ChatReply.Refusal($"Your vote for take {take} in shot 1 is in."), Accepted: true);

        await Harness.RunAsync(ButtonClick(ChatActions.Vote(take)));

        var calls = Harness.Rest.Calls;
        Assert.Equal(InteractionResponse.DeferredChannelMessage, calls[0].Response!.Type);
        Assert.True(calls[0].Response!.Message!.Ephemeral);
        var command = Assert.Single(Harness.Dispatched);
        Assert.Equal(("vote", take.Value), (command.Name, command.Arguments));
        Assert.Equal("discord:" + FanId, command.Invoker.Id);
        Assert.False(command.Invoker.IsAdmin);
        Assert.Equal($"Your vote for take {take} in shot 1 is in.", calls[1].Message!.Content);
    }

    [Fact]
    public async Task HandleInteractionAsync_UnknownButton_PrivateMessageAtOnceAndNoCommand()
    {
        await Harness.RunAsync(ButtonClick("click_one"));

        var answer = Assert.Single(Harness.Rest.Calls).Response!;
        Assert.Equal(InteractionResponse.ChannelMessage, answer.Type);
        Assert.True(answer.Message!.Ephemeral);
        Assert.Equal(ComponentFlow.UnknownButton, answer.Message.Content);
        Assert.Empty(Harness.Dispatched);
    }

    [Fact]
    public async Task HandleInteractionAsync_Reroll_SamePromptAndSettingsWithoutTheSeed()
    {
        var take = DiscordTakes.Posted();
        Harness.AddTake(take);

        await Harness.RunAsync(ButtonClick(TakeButtons.For(TakeButtons.Reroll, take.Id)));

        Assert.True(Harness.Rest.Calls[0].Response!.Message!.Ephemeral);
        var command = Assert.Single(Harness.Dispatched);
        Assert.Equal("clip", command.Name);
        Assert.Equal("neon tail lights in the rain --ar 9:16 --duration 6 --neg \"blurry, text\" --camera zoom-in", command.Arguments);
        Assert.Equal("discord:" + FanId, command.Invoker.Id);
    }

    [Fact]
    public async Task HandleInteractionAsync_RerollOfAReelTake_TheFansWordsForTheSameShot()
    {
        var reel = TestReel(new StyleLock("35mm film", "grainy"), brief: "a car");
        var take = DiscordTakes.Posted(reel: reel.Id, slot: 1) with
        {
            Parameters = new ClipParameters { Prompt = "35mm film, a car, neon rain, grainy", Seed = 3, Slot = 1, DurationSeconds = 4 },
        };
        Harness.AddTake(take);
        Harness.Reels.Setup(r => r.GetAsync(reel.Id, It.IsAny<CancellationToken>())).ReturnsAsync(reel);

        await Harness.RunAsync(ButtonClick(TakeButtons.For(TakeButtons.Reroll, take.Id)));

        Assert.Equal("neon rain --slot 1", Assert.Single(Harness.Dispatched).Arguments);
    }

    [Fact]
    public async Task HandleInteractionAsync_RerollOfAGoneTake_RefusedPrivately()
    {
        await Harness.RunAsync(ButtonClick(TakeButtons.For(TakeButtons.Reroll, TakeId.New())));

        Assert.Empty(Harness.Dispatched);
        Assert.Equal(TakeRemakes.Gone, Harness.Rest.CallsTo(nameof(IDiscordRest.EditOriginalAsync)).Single().Message!.Content);
    }

    [Fact]
    public async Task HandleInteractionAsync_Remix_ModalWithThePromptAtOnce()
    {
        var take = DiscordTakes.Posted();
        Harness.AddTake(take);

        await Harness.RunAsync(ButtonClick(TakeButtons.For(TakeButtons.Remix, take.Id)));

        var answer = Assert.Single(Harness.Rest.Calls).Response!;
        Assert.Equal(InteractionResponse.ShowModal, answer.Type);
        Assert.Equal($"v1:remix:{take.Id}", (string)answer.Modal!["custom_id"]!);
        var input = answer.Modal["components"]![0]!["component"]!;
        Assert.Equal((18, 4), ((int)answer.Modal["components"]![0]!["type"]!, (int)input["type"]!));
        Assert.Equal("neon tail lights in the rain", (string)input["value"]!);
        Assert.Empty(Harness.Dispatched);
    }

    [Fact]
    public async Task HandleInteractionAsync_RemixSubmitted_EditedPromptWithTheTakesSettingsAndSeed()
    {
        var take = DiscordTakes.Posted();
        Harness.AddTake(take);

        await Harness.RunAsync(ModalSubmit($"v1:remix:{take.Id}", RemixForm.PromptInput, "neon tail lights in the snow --camera pan-left"));

        var first = Harness.Rest.Calls[0].Response!;
        Assert.Equal(InteractionResponse.DeferredChannelMessage, first.Type);
        Assert.True(first.Message!.Ephemeral);
        var command = Assert.Single(Harness.Dispatched);
        Assert.Equal("clip", command.Name);
        Assert.Equal("neon tail lights in the snow --camera pan-left --ar 9:16 --duration 6 --seed 7 --neg \"blurry, text\"", command.Arguments);
    }

    [Fact]
    public async Task HandleInteractionAsync_UnknownModal_PrivateMessageAtOnce()
    {
        await Harness.RunAsync(ModalSubmit("game_feedback_modal", "game_feedback", "shadows still need help"));

        Assert.Equal(ModalFlow.UnknownForm, Assert.Single(Harness.Rest.Calls).Response!.Message!.Content);
    }

    [Fact]
    public async Task HandleInteractionAsync_DeleteByTheAuthor_ThePostIsDeletedWithItsFiles()
    {
        var take = DiscordTakes.Posted(authorId: FanId);
        Harness.AddTake(take);

        await Harness.RunAsync(ButtonClick(TakeButtons.For(TakeButtons.Delete, take.Id)));

        var calls = Harness.Rest.Calls;
        Assert.Equal(InteractionResponse.DeferredUpdate, calls[0].Response!.Type);
        var delete = Assert.Single(Harness.Rest.CallsTo(nameof(IDiscordRest.DeleteMessageAsync)));
        Assert.Equal((ChannelId, ClickedMessageId), (delete.Target, delete.MessageId));
        Assert.Empty(Harness.Rest.CallsTo(nameof(IDiscordRest.EditOriginalAsync)));
    }

    [Fact]
    public async Task HandleInteractionAsync_DeleteRefusedByDiscord_TheMessageIsReplacedWithoutButtons()
    {
        var take = DiscordTakes.Posted(authorId: FanId);
        Harness.AddTake(take);
        Harness.Rest.Failures[nameof(IDiscordRest.DeleteMessageAsync)] = new Error(ErrorKind.Forbidden, "Missing permissions.");

        await Harness.RunAsync(ButtonClick(TakeButtons.For(TakeButtons.Delete, take.Id)));

        var edit = Assert.Single(Harness.Rest.CallsTo(nameof(IDiscordRest.EditOriginalAsync))).Message!;
        Assert.Equal($"Take {take.Id} was deleted by fan.", edit.Content);
        Assert.Empty(edit.Components!);
    }

    [Fact]
    public async Task HandleInteractionAsync_DeleteBySomeoneElse_RefusedPrivatelyAndTheMessageStays()
    {
        var take = DiscordTakes.Posted(authorId: "11111111111111111");
        Harness.AddTake(take);

        await Harness.RunAsync(ButtonClick(TakeButtons.For(TakeButtons.Delete, take.Id)));

        var calls = Harness.Rest.Calls;
        Assert.Equal([nameof(IDiscordRest.RespondAsync), nameof(IDiscordRest.FollowUpAsync)], calls.Select(c => c.Name));
        Assert.True(calls[1].Message!.Ephemeral);
        Assert.Equal($"Only the author of take {take.Id} or an admin can delete it.", calls[1].Message!.Content);
    }

    [Fact]
    public async Task HandleInteractionAsync_DeleteByAnAdmin_Allowed()
    {
        var take = DiscordTakes.Posted(authorId: "11111111111111111");
        Harness.AddTake(take);

        await Harness.RunAsync(ButtonClick(TakeButtons.For(TakeButtons.Delete, take.Id), userId: MasonId, permissions: AllPermissions));

        Assert.Equal(nameof(IDiscordRest.DeleteMessageAsync), Harness.Rest.Calls[1].Name);
    }

    private static Reel TestReel(StyleLock style, string? brief) => new()
    {
        Id = ReelId.New(),
        Name = "Night Drive",
        Canvas = ClipBot.Core.Media.Canvas.For(AspectRatio.Landscape16x9),
        Slots = [new Slot(1, 0, 4, Brief: brief)],
        Style = style,
        Channels = [new ChannelRef("discord", ChannelId)],
        CreatedBy = new ChatUser("discord:" + MasonId, "Mason", IsAdmin: true),
        CreatedAt = DateTimeOffset.UnixEpoch,
    };
}
