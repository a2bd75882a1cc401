using ClipBot.Core.Chat;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Moq;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandHandlerTests
{
    [Fact]
    public async Task HandleAsync_Always_ConsumesTheInvokersQuotaWithTheConfiguredLimitAndWindow()
    {
        _queueOptions.QuotaPerWindow = 5;
        _queueOptions.QuotaWindowMinutes = 15;
        using var cancellation = new CancellationTokenSource();
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), cancellation.Token);

        _quota.Verify(q => q.TryConsumeAsync(TestTakes.Author.Id, 5, TimeSpan.FromMinutes(15), cancellation.Token), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_QuotaUsedUp_RefusedPrivatelyNamingTheLimitAndWhenToComeBack()
    {
        _quota.Setup(q => q.TryConsumeAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new QuotaDecision(Allowed: false, Remaining: 0, RetryAt: TestTakes.Start.AddMinutes(12)));
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.False(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Null(outcome.TakeId);
        Assert.Contains("30 takes in the last 60 min", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("12:12 UTC", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("in 12 min", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_QuotaUsedUp_NothingStoredQueuedOrPublished()
    {
        _quota.Setup(q => q.TryConsumeAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new QuotaDecision(Allowed: false, Remaining: 0, RetryAt: TestTakes.Start.AddMinutes(12)));
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), CancellationToken.None);

        _store.VerifyNoOtherCalls();
        _queue.VerifyNoOtherCalls();
        _events.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_SlidingWindowFull_RefusedUntilTheOldestTakeLeavesTheWindow()
    {
        _queueOptions.QuotaPerWindow = 2;
        _queueOptions.QuotaWindowMinutes = 60;
        var quota = new InMemoryQuotaStore(_time);
        var handler = CreateHandler(quota);
        await handler.HandleAsync(Command("first"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(10));
        await handler.HandleAsync(Command("second"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(10));

        var refused = await handler.HandleAsync(Command("third"), CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(40));
        var accepted = await handler.HandleAsync(Command("third, later"), CancellationToken.None);

        Assert.False(refused.Accepted);
        Assert.Contains("13:00 UTC (in 40 min)", refused.Reply.Text, StringComparison.Ordinal);
        Assert.True(accepted.Accepted);
        _store.Verify(s => s.CreateAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task HandleAsync_AdminInvoker_QuotaNeverConsulted()
    {
        _quota.Setup(q => q.TryConsumeAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new QuotaDecision(Allowed: false, Remaining: 0, RetryAt: TestTakes.Start.AddMinutes(12)));
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(new ChatCommand("clip", "a city", Admin, Channel), CancellationToken.None);

        Assert.True(outcome.Accepted);
        _quota.VerifyNoOtherCalls();
        _queue.Verify(q => q.EnqueueAsync(It.Is<JobRequest>(j => j.OwnerId == Admin.Id), It.IsAny<CancellationToken>()), Times.Once);
    }
}
