using ClipBot.Core.Reels;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed partial class ReelCreateParserTests
{
    [Fact]
    public void Parse_PrefixAndSuffix_SetTheStyleLock()
    {
        var draft = ParseValid("Night Drive --prefix \"35mm film, night\" --suffix grainy");

        Assert.Equal(("35mm film, night", "grainy"), (draft.Style.Prefix, draft.Style.Suffix));
    }

    [Fact]
    public void Parse_PrefixOverTheLimit_RefusedShowingItShortened()
    {
        var message = ParseRefused($"Night Drive --prefix \"{new string('p', StyleLock.MaxAffixLength + 1)}\"");

        Assert.Equal($"`--prefix {new string('p', 20)}…` is not allowed: use text put before every prompt, in quotes.", message);
    }

    [Fact]
    public void Parse_Ban_WordsTrimmedWithoutRepeats()
    {
        var draft = ParseValid("Night Drive --ban \"gore, blood,,Gore , logo\"");

        Assert.Equal(["gore", "blood", "logo"], draft.Style.BannedWords);
    }

    [Fact]
    public void Parse_BanOfTheMaximumCount_Accepted()
    {
        var words = string.Join(',', Enumerable.Range(0, 50).Select(i => $"w{i}"));

        var draft = ParseValid($"Night Drive --ban \"{words}\"");

        Assert.Equal(50, draft.Style.BannedWords.Count);
    }

    [Fact]
    public void Parse_BanOverTheMaximumCount_RefusedWithCountAndLimit()
    {
        var words = string.Join(',', Enumerable.Range(0, 51).Select(i => $"w{i}"));

        var message = ParseRefused($"Night Drive --ban \"{words}\"");

        Assert.Equal("That is 51 banned words; the limit is 50.", message);
    }

    [Theory]
    [InlineData("on", true)]
    [InlineData("ON", true)]
    [InlineData("off", false)]
    public void Parse_SelfVotes_SetsTheRule(string value, bool expected)
    {
        var draft = ParseValid($"Night Drive --self-votes {value}");

        Assert.Equal(expected, draft.Rules.SelfVotes);
    }

    [Fact]
    public void Parse_SelfVotesOtherValue_Refused()
    {
        var message = ParseRefused("Night Drive --self-votes yes");

        Assert.Equal("`--self-votes yes` is not allowed: use on or off.", message);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("30", 30)]
    [InlineData("3650", 3650)]
    public void Parse_MinAge_SetsTheRule(string value, int expected)
    {
        var draft = ParseValid($"Night Drive --min-age {value}");

        Assert.Equal(expected, draft.Rules.MinAccountAgeDays);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("3651")]
    [InlineData("30d")]
    public void Parse_MinAgeOutOfRange_RefusedWithTheRange(string value)
    {
        var message = ParseRefused($"Night Drive --min-age {value}");

        Assert.Equal($"`--min-age {value}` is not allowed: use an account age in days, 0 to 3650.", message);
    }

    [Fact]
    public void Parse_Role_SetsTheRequiredRole()
    {
        var draft = ParseValid("Night Drive --role 123456789");

        Assert.Equal("123456789", draft.Rules.RequiredRole);
    }

    [Fact]
    public void Parse_RoleOverOneHundredCharacters_Refused()
    {
        var message = ParseRefused($"Night Drive --role {new string('9', 101)}");

        Assert.StartsWith("`--role 99999999999999999999…` is not allowed", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hidden", true)]
    [InlineData("shown", false)]
    public void Parse_Tallies_SetsTheRule(string value, bool hidden)
    {
        var draft = ParseValid($"Night Drive --tallies {value}");

        Assert.Equal(hidden, draft.Rules.HideTallies);
    }

    [Fact]
    public void Parse_TalliesOtherValue_Refused()
    {
        var message = ParseRefused("Night Drive --tallies secret");

        Assert.Equal("`--tallies secret` is not allowed: use shown or hidden.", message);
    }

    [Theory]
    [InlineData("duels", RankingMode.Duels)]
    [InlineData("votes", RankingMode.Votes)]
    public void Parse_Ranking_SetsTheRule(string value, RankingMode ranking)
    {
        var draft = ParseValid($"Night Drive --ranking {value}");

        Assert.Equal(ranking, draft.Rules.Ranking);
    }

    [Fact]
    public void Parse_RankingOtherValue_Refused()
    {
        var message = ParseRefused("Night Drive --ranking elo");

        Assert.Equal("`--ranking elo` is not allowed: use votes or duels.", message);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("0.25", 0.25)]
    [InlineData("1", 1)]
    public void Parse_Crossfade_SetsTheTransition(string value, double seconds)
    {
        var draft = ParseValid($"Night Drive --crossfade {value}");

        Assert.Equal(seconds, draft.TransitionSeconds);
    }

    [Theory]
    [InlineData("1.01")]
    [InlineData("-0.5")]
    [InlineData("soft")]
    public void Parse_CrossfadeOutOfRange_RefusedWithTheRange(string value)
    {
        var message = ParseRefused($"Night Drive --crossfade {value}");

        Assert.Equal($"`--crossfade {value}` is not allowed: use seconds of crossfade between shots, 0 to 1.", message);
    }

    [Fact]
    public void Parse_EveryRuleFlag_AllSet()
    {
        var draft = ParseValid("Night Drive --self-votes on --min-age 7 --role fans --tallies hidden --ranking duels");

        Assert.Equal(new VotingRules(SelfVotes: true, MinAccountAgeDays: 7, RequiredRole: "fans", HideTallies: true, Ranking: RankingMode.Duels), draft.Rules);
    }
}
