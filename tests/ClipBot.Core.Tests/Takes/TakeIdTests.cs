using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Takes;

public sealed class TakeIdTests
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    [Fact]
    public void New_Always_Gives12CharactersFromTheAlphabet()
    {
        var ids = Enumerable.Range(0, 500).Select(_ => TakeId.New()).ToList();

        Assert.All(ids, id =>
        {
            Assert.Equal(12, id.Value.Length);
            Assert.All(id.Value, c => Assert.Contains(c, Alphabet));
        });
    }

    [Fact]
    public void New_ManyTimes_GivesDistinctIds()
    {
        var ids = Enumerable.Range(0, 1_000).Select(_ => TakeId.New()).ToList();

        var distinct = ids.Distinct().Count();

        Assert.Equal(ids.Count, distinct);
    }

    [Fact]
    public void TryParse_NewId_RoundTrips()
    {
        var id = TakeId.New();

        var parsed = TakeId.TryParse(id.ToString(), out var back);

        Assert.True(parsed);
        Assert.Equal(id, back);
        Assert.Equal(id.Value, back.Value);
    }

    [Theory]
    [InlineData("abcdefghijkm")]
    [InlineData("23456789abcd")]
    [InlineData("zzzzzzzzzzzz")]
    public void TryParse_ValidId_Accepted(string text)
    {
        var parsed = TakeId.TryParse(text, out var id);

        Assert.True(parsed);
        Assert.Equal(text, id.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abcdefghijk")]
    [InlineData("abcdefghijkmn")]
    [InlineData("ABCDEFGHIJKM")]
    [InlineData("abcdefghijkM")]
    [InlineData("../../etc")]
    [InlineData("../../etc/pa")]
    [InlineData("abcdef/hijkm")]
    [InlineData("abcdef\\hijkm")]
    [InlineData("abcdefghijk1")]
    [InlineData("abcdefghijk0")]
    [InlineData("abcdefghijkl")]
    [InlineData("abcdefghijko")]
    [InlineData("abcdefghijk ")]
    [InlineData("take:abcdefg")]
    [InlineData("abcdefghijk\u0430")]
    public void TryParse_NotAnId_Refused(string? text)
    {
        var parsed = TakeId.TryParse(text, out var id);

        Assert.False(parsed);
        Assert.Equal(default, id);
    }
}
