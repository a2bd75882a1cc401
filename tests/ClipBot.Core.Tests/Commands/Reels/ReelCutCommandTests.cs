using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Reels;
using ClipBot.Core.Tests.Reels;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed class ReelCutCommandTests
{
    private readonly Mock<IReelTimers> _timers = new();
    private readonly FakeTimeProvider _time = new(TestTakes.Start);

    [Fact]
    public async Task HandleAsync_Always_SchedulesAPostedCutNowReplacingAnyLaterOne()
    {
        var reel = TestReels.Create();
        using var cancellation = new CancellationTokenSource();

        await CutAsync(reel, cancellation.Token);

        _timers.Verify(t => t.ScheduleAsync(reel.Id, ReelTimer.PostCut, TestTakes.Start, true, cancellation.Token), Times.Once);
        _timers.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData(ReelPhase.Open, "Rendering a cut of the current leaders of “Night Drive”; it will be posted here in a moment.")]
    [InlineData(ReelPhase.Voting, "Rendering a cut of the current leaders of “Night Drive”; it will be posted here in a moment.")]
    [InlineData(ReelPhase.Locked, "Rendering the final cut of “Night Drive”; it will be posted here in a moment.")]
    public async Task HandleAsync_EachPhase_PublicReplySayingWhichCut(ReelPhase phase, string text)
    {
        var outcome = await CutAsync(TestReels.Create(phase: phase), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.False(outcome.Reply.Ephemeral);
        Assert.Equal(text, outcome.Reply.Text);
    }

    private Task<CommandOutcome> CutAsync(Reel reel, CancellationToken cancellationToken) =>
        new ReelCutCommand(_timers.Object, _time).HandleAsync(TestReels.Invocation("cut", string.Empty, reel), cancellationToken);
}
