using ClipBot.Core.Chat;
using ClipBot.Core.Takes;
using ClipBot.Discord.Notifications;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Interactions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Discord.Tests.Notifications;

public sealed class TakeProgressEditsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingRest _rest = new();
    private readonly ProgressTokens _tokens;
    private readonly TakeProgressEdits _edits;
    private readonly Take _take = DiscordTakes.Posted() with { Status = TakeStatus.Generating };

    public TakeProgressEditsTests()
    {
        _tokens = new ProgressTokens(_time);
        _edits = new TakeProgressEdits(_tokens, _rest, _time, NullLogger<TakeProgressEdits>.Instance);
        _tokens.Remember(_take.Id, "token-1", _time.GetUtcNow().AddMinutes(14));
    }

    [Fact]
    public async Task OnChangedAsync_FirstChange_EditsOriginalAtOnce()
    {
        await _edits.OnChangedAsync(_take with { Progress = 40 }, CancellationToken.None);

        var edit = Assert.Single(_rest.Calls);
        Assert.Equal((nameof(IDiscordRest.EditOriginalAsync), "token-1"), (edit.Name, edit.Target));
        Assert.Equal($"Take {_take.Id}: “neon tail lights in the rain” (9:16, 6 s, seed 7): generating, 40%.", edit.Message!.Content);
    }

    [Fact]
    public async Task OnChangedAsync_ChangesWithinTwoSeconds_OneLaterEditWithTheLatest()
    {
        await _edits.OnChangedAsync(_take with { Progress = 10 }, CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(500));

        await _edits.OnChangedAsync(_take with { Progress = 20 }, CancellationToken.None);
        await _edits.OnChangedAsync(_take with { Progress = 30 }, CancellationToken.None);
        Assert.Single(_rest.Calls);
        _time.Advance(TimeSpan.FromMilliseconds(1500));

        var calls = await WaitForCallsAsync(2);
        Assert.EndsWith("generating, 30%.", calls[1].Message!.Content, StringComparison.Ordinal);
        await Task.Delay(50);
        Assert.Equal(2, _rest.Calls.Count);
    }

    [Fact]
    public async Task OnChangedAsync_Posted_LastEditAndTheTokenIsForgotten()
    {
        await _edits.OnChangedAsync(_take with { Status = TakeStatus.Posted }, CancellationToken.None);

        Assert.EndsWith("posted in this channel.", Assert.Single(_rest.Calls).Message!.Content, StringComparison.Ordinal);
        Assert.Null(_tokens.Find(_take.Id));
    }

    [Fact]
    public async Task OnChangedAsync_Failed_TheReasonForTheFan()
    {
        await _edits.OnChangedAsync(_take with { Status = TakeStatus.Failed, FailureReason = "The provider refused the prompt." }, CancellationToken.None);

        Assert.EndsWith("failed: The provider refused the prompt.", Assert.Single(_rest.Calls).Message!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnChangedAsync_AfterFifteenMinutes_NoEdit()
    {
        _time.Advance(TimeSpan.FromMinutes(15));

        await _edits.OnChangedAsync(_take, CancellationToken.None);

        Assert.Empty(_rest.Calls);
    }

    [Fact]
    public async Task OnChangedAsync_TakeOfAnotherPlatform_Ignored()
    {
        await _edits.OnChangedAsync(_take with { Channel = ChannelRef.Studio }, CancellationToken.None);

        Assert.Empty(_rest.Calls);
    }

    [Fact]
    public async Task OnChangedAsync_TakeWithoutToken_Ignored()
    {
        await _edits.OnChangedAsync(DiscordTakes.Posted(), CancellationToken.None);

        Assert.Empty(_rest.Calls);
    }

    private async Task<IReadOnlyList<RestCall>> WaitForCallsAsync(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (_rest.Calls.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        return _rest.Calls;
    }
}
