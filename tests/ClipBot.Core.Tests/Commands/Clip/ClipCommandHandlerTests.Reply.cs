using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandHandlerTests
{
    [Fact]
    public async Task HandleAsync_ValidCommand_AcceptedWithPublicReplyNamingTheTake()
    {
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a city --duration 6 --seed 7"), CancellationToken.None);

        Assert.NotNull(_created);
        Assert.True(outcome.Accepted);
        Assert.Equal(_created.Id, outcome.TakeId);
        Assert.False(outcome.Reply.Ephemeral);
        Assert.Equal(_created.Id, outcome.Reply.TakeId);
        Assert.Contains(_created.Id.Value, outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("a city", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("16:9, 6 s, seed 7", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1, 40, "; #1 in line, ready in about 40 s.")]
    [InlineData(4, 2, 180, "; #4 in line, ready in about 6 min.")]
    [InlineData(7, 2, 1800, "; #7 in line, ready in about 2 h.")]
    public async Task HandleAsync_TakeWaiting_ReplyGivesItsPositionFromTheQueueAndAnEta(int position, int slots, int averageSeconds, string expected)
    {
        _status = Status(position, slots, TimeSpan.FromSeconds(averageSeconds));
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.EndsWith(expected, outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NoJobFinishedYet_ReplyGivesThePositionWithoutAnEta()
    {
        _status = Status(position: 3, workerSlots: 1, average: null);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.EndsWith("; #3 in line.", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ready in", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TakeAlreadyLeased_ReplySaysItIsStarting()
    {
        _status = new QueueStatus(0, 1, 0, 1, TimeSpan.FromSeconds(40), [new QueuedJob(TakeId.New(), Running: true, Position: null, RetryAt: null)]);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command("a city"), CancellationToken.None);

        Assert.EndsWith("; starting now.", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("in line", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ValidCommand_AsksTheQueueForTheInvokersStatus()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = CreateHandler();

        await handler.HandleAsync(Command("a city"), cancellation.Token);

        _queue.Verify(q => q.GetStatusAsync(TestTakes.Author.Id, cancellation.Token), Times.Once);
    }

    [Fact]
    public async Task HandleAsync_LongMultiLinePrompt_ReplyQuotesItOnOneShortenedLine()
    {
        var prompt = "first line\n" + new string('w', 200);
        var handler = CreateHandler();

        var outcome = await handler.HandleAsync(Command(prompt), CancellationToken.None);

        Assert.DoesNotContain('\n', outcome.Reply.Text);
        Assert.Contains("first line www", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("…", outcome.Reply.Text, StringComparison.Ordinal);
        Assert.True(outcome.Reply.Text.Length < 200, outcome.Reply.Text);
    }
}
