using ClipBot.Core.Chat;
using ClipBot.Core.Media;
using ClipBot.Core.Queue;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Reels;
using Moq;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandHandlerTests
{
    [Fact]
    public async Task HandleAsync_SlotInAChannelWithoutReel_RefusedAndNothingStored()
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a car --slot 2"), CancellationToken.None);

        OutcomeAssert.Refused("`--slot` is for reels, and this channel has none. Leave it out for a clip on its own.", outcome);
        _store.VerifyNoOtherCalls();
        _queue.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_NoSlot_TheReelIsNotLookedUp()
    {
        SetupReel(TestReels.Create());
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a car"), CancellationToken.None);

        Assert.Null(_created?.Reel);
        _reels.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData(ReelPhase.Voting, "“Night Drive” is in voting, so it takes no new takes.")]
    [InlineData(ReelPhase.Locked, "“Night Drive” is locked, so it takes no new takes.")]
    public async Task HandleAsync_ReelNotOpen_RefusedNamingThePhase(ReelPhase phase, string text)
    {
        SetupReel(TestReels.Create(phase: phase));
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a car --slot 2"), CancellationToken.None);

        OutcomeAssert.Refused(text, outcome);
        _store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_SlotTheReelDoesNotHave_RefusedWithTheRange()
    {
        SetupReel(TestReels.Create(slots: 3));
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a car --slot 4"), CancellationToken.None);

        OutcomeAssert.Refused("“Night Drive” has shots 1 to 3; `--slot 4` is not one of them.", outcome);
    }

    [Theory]
    [InlineData("a gore scene")]
    [InlineData("GORE at night")]
    [InlineData("blood-gore, rain")]
    [InlineData("a car (gore)")]
    public async Task HandleAsync_BannedWordAsAWordInAnyCase_RefusedNamingIt(string prompt)
    {
        SetupReel(TestReels.Create() with { Style = new StyleLock { BannedWords = ["gore"] } });
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command($"{prompt} --slot 1"), CancellationToken.None);

        OutcomeAssert.Refused("“gore” is not allowed in prompts for “Night Drive”.", outcome);
        _store.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("gorgeous folklore")]
    [InlineData("goretex jacket")]
    public async Task HandleAsync_BannedWordInsideAnotherWord_Accepted(string prompt)
    {
        SetupReel(TestReels.Create() with { Style = new StyleLock { BannedWords = ["gore"] } });
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command($"{prompt} --slot 1"), CancellationToken.None);

        Assert.True(outcome.Accepted, outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_ReelStyleAndBrief_PromptIsPrefixBriefWordsSuffix()
    {
        var reel = TestReels.Create() with { Style = new StyleLock("35mm film", "grainy") };
        SetupReel(reel with { Slots = [reel.Slots[0], reel.Slots[1] with { Brief = "a car on a night road" }, reel.Slots[2]] });
        var handler = CreateHandler();

        await handler.HandleAsync(Command("neon rain --slot 2"), CancellationToken.None);

        Assert.Equal("35mm film, a car on a night road, neon rain, grainy", _created?.Parameters.Prompt);
    }

    [Fact]
    public async Task HandleAsync_StyleWithoutBrief_PromptIsPrefixWordsSuffix()
    {
        SetupReel(TestReels.Create() with { Style = new StyleLock("35mm film", "grainy") });
        var handler = CreateHandler();

        await handler.HandleAsync(Command("neon rain --slot 1"), CancellationToken.None);

        Assert.Equal("35mm film, neon rain, grainy", _created?.Parameters.Prompt);
    }

    [Fact]
    public async Task HandleAsync_PromptTooLongOnceStyled_RefusedWithTheLength()
    {
        SetupReel(TestReels.Create() with { Style = new StyleLock("35mm film") });
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(new string('a', ClipParameters.MaxPromptLength - 5) + " --slot 1"), CancellationToken.None);

        OutcomeAssert.Refused("With the reel's style and the shot's brief the prompt has 1006 characters; the limit is 1000. Shorten it.", outcome);
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(2.5, 3)]
    [InlineData(4.0004, 4)]
    [InlineData(4.01, 5)]
    [InlineData(0.5, 1)]
    [InlineData(12, 10)]
    public async Task HandleAsync_Slot_DurationIsTheSlotRoundedUpWithinTheGeneratorsRange(double slotSeconds, int expected)
    {
        SetupReel(TestReels.Create() with { Slots = [new Slot(1, 0, slotSeconds)] });
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a car --slot 1 --duration 7"), CancellationToken.None);

        Assert.Equal(expected, _created?.Parameters.DurationSeconds);
    }

    [Theory]
    [InlineData(AspectRatio.Portrait9x16)]
    [InlineData(AspectRatio.Square1x1)]
    [InlineData(AspectRatio.Landscape16x9)]
    public async Task HandleAsync_Slot_AspectIsTheReelCanvasWhateverWasAsked(AspectRatio aspect)
    {
        SetupReel(TestReels.Create() with { Canvas = Canvas.For(aspect, FitMode.Crop) with { Fps = 24 } });
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a car --slot 1 --ar 4:5"), CancellationToken.None);

        Assert.Equal(aspect, _created?.Parameters.Aspect);
    }

    [Fact]
    public async Task HandleAsync_Slot_TakeCompetesInTheReelAndIsFiledBeforeItsJobIsQueued()
    {
        var reel = SetupReel(TestReels.Create());
        _reels.Setup(r => r.AddTakeAsync(reel.Id, 2, It.IsAny<TakeId>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("file"))
            .Returns(Task.CompletedTask);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a car --slot 2"), CancellationToken.None);

        Assert.True(outcome.Accepted, outcome.Reply.Text);
        Assert.Equal(reel.Id, _created?.Reel);
        Assert.Equal(2, _created?.Parameters.Slot);
        _reels.Verify(r => r.AddTakeAsync(reel.Id, 2, _created!.Id, It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal(["quota", "create", "file", "enqueue", "publish"], _calls);
        Assert.StartsWith($"Queued take {_created!.Id} for shot 2: ", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Slot_ReservesOneOfTheMembersTakesForTheSlot()
    {
        var reel = SetupReel(TestReels.Create());
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a car --slot 2"), CancellationToken.None);

        _reels.Verify(r => r.TryReserveTakeAsync(reel.Id, 2, TestTakes.Author.Id, new ReelOptions().TakesPerMemberPerSlot, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_MemberUsedUpTheSlotsBudget_RefusedAndNothingStoredOrQueued()
    {
        var reel = SetupReel(TestReels.Create());
        _reels.Setup(r => r.TryReserveTakeAsync(reel.Id, It.IsAny<int>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a car --slot 2"), CancellationToken.None);

        OutcomeAssert.Refused("You have made 3 takes for shot 2 of “Night Drive”, the most one member may make.", outcome);
        _store.VerifyNoOtherCalls();
        _queue.VerifyNoOtherCalls();
        _reels.Verify(r => r.AddTakeAsync(It.IsAny<ReelId>(), It.IsAny<int>(), It.IsAny<TakeId>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task HandleAsync_SlotBudgetUsedUp_NoQuotaSpent()
    {
        var reel = SetupReel(TestReels.Create());
        _reels.Setup(r => r.TryReserveTakeAsync(reel.Id, It.IsAny<int>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a car --slot 2"), CancellationToken.None);

        _quota.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_QuotaUsedUpAfterReserving_GivesTheReservedTakeBack()
    {
        var reel = SetupReel(TestReels.Create());
        _quota.Setup(q => q.TryConsumeAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new QuotaDecision(Allowed: false, Remaining: 0, RetryAt: TestTakes.Start.AddMinutes(5)));
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a car --slot 2"), CancellationToken.None);

        Assert.False(outcome.Accepted);
        _reels.Verify(r => r.ReleaseTakeAsync(reel.Id, 2, TestTakes.Author.Id, It.IsAny<CancellationToken>()), Times.Once);
        _queue.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_AdminInAReel_NoBudgetReserved()
    {
        var reel = SetupReel(TestReels.Create());
        _reels.Setup(r => r.TryReserveTakeAsync(reel.Id, It.IsAny<int>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(new ChatCommand("clip", "a car --slot 2", Admin, Channel), CancellationToken.None);

        Assert.True(outcome.Accepted, outcome.Reply.Text);
        _reels.Verify(r => r.TryReserveTakeAsync(It.IsAny<ReelId>(), It.IsAny<int>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task HandleAsync_QueueFailsAfterReserving_GivesTheReservedTakeBack()
    {
        var reel = SetupReel(TestReels.Create());
        _queue.Setup(q => q.EnqueueAsync(It.IsAny<JobRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("queue down"));
        var handler = CreateHandler();

        await Assert.ThrowsAsync<InvalidOperationException>(() => handler.HandleAsync(Command("a car --slot 2"), CancellationToken.None));

        _reels.Verify(r => r.ReleaseTakeAsync(reel.Id, 2, TestTakes.Author.Id, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_AdminsQueueFails_NothingToGiveBack()
    {
        SetupReel(TestReels.Create());
        _queue.Setup(q => q.EnqueueAsync(It.IsAny<JobRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("queue down"));
        var handler = CreateHandler();

        await Assert.ThrowsAsync<InvalidOperationException>(() => handler.HandleAsync(new ChatCommand("clip", "a car --slot 2", Admin, Channel), CancellationToken.None));

        _reels.Verify(r => r.ReleaseTakeAsync(It.IsAny<ReelId>(), It.IsAny<int>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    /// <summary>Makes <paramref name="reel"/> the reel of the test channel; the member has takes left for every slot.</summary>
    private Reel SetupReel(Reel reel)
    {
        _reels.Setup(r => r.FindByChannelAsync(Channel, It.IsAny<CancellationToken>())).ReturnsAsync(reel.Id);
        _reels.Setup(r => r.GetAsync(reel.Id, It.IsAny<CancellationToken>())).ReturnsAsync(reel);
        _reels.Setup(r => r.TryReserveTakeAsync(reel.Id, It.IsAny<int>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        return reel;
    }
}
