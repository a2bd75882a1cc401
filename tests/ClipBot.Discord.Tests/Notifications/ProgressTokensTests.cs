using ClipBot.Core.Takes;
using ClipBot.Discord.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Discord.Tests.Notifications;

public sealed class ProgressTokensTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Find_BeforeExpiry_TheToken()
    {
        var tokens = new ProgressTokens(_time);
        var take = TakeId.New();
        tokens.Remember(take, "token-1", _time.GetUtcNow().AddMinutes(14));

        _time.Advance(TimeSpan.FromMinutes(13));

        Assert.Equal("token-1", tokens.Find(take)!.Token);
    }

    [Fact]
    public void Find_AfterExpiry_NullAndForgotten()
    {
        var tokens = new ProgressTokens(_time);
        var take = TakeId.New();
        tokens.Remember(take, "token-1", _time.GetUtcNow().AddMinutes(14));

        _time.Advance(TimeSpan.FromMinutes(14));

        Assert.Null(tokens.Find(take));
        Assert.Equal(0, tokens.Count);
    }

    [Fact]
    public void Remember_ExpiredTokensOfOtherTakes_Swept()
    {
        var tokens = new ProgressTokens(_time);
        tokens.Remember(TakeId.New(), "old", _time.GetUtcNow().AddMinutes(1));
        _time.Advance(TimeSpan.FromMinutes(2));

        tokens.Remember(TakeId.New(), "new", _time.GetUtcNow().AddMinutes(14));

        Assert.Equal(1, tokens.Count);
    }
}
