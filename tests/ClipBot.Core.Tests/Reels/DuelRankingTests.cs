using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Reels;

public sealed class DuelRankingTests
{
    private const int Precision = 9;

    private readonly TakeId _a = TakeId.New();
    private readonly TakeId _b = TakeId.New();
    private readonly TakeId _c = TakeId.New();

    [Fact]
    public void Score_TakeWinsEveryDuel_RanksFirst()
    {
        DuelPick[] picks = [Pick(_a, _b, "v1"), Pick(_a, _c, "v1"), Pick(_a, _b, "v2"), Pick(_c, _b, "v1")];

        var scores = DuelRanking.Score([_a, _b, _c], picks);

        Assert.Equal(_a, scores.MaxBy(s => s.Value).Key);
    }

    [Fact]
    public void Score_SymmetricResults_EqualScores()
    {
        DuelPick[] picks = [Pick(_a, _b, "v1"), Pick(_b, _a, "v2"), Pick(_a, _b, "v3"), Pick(_b, _a, "v4")];

        var scores = DuelRanking.Score([_a, _b], picks);

        Assert.Equal(scores[_a], scores[_b], Precision);
    }

    [Fact]
    public void Score_ATwiceBThenBOverC_OrdersABC()
    {
        DuelPick[] picks = [Pick(_a, _b, "v1"), Pick(_b, _c, "v1"), Pick(_a, _c, "v1"), Pick(_a, _b, "v2"), Pick(_b, _c, "v2")];

        var scores = DuelRanking.Score([_c, _b, _a], picks);

        Assert.True(scores[_a] > scores[_b], $"A {scores[_a]} should beat B {scores[_b]}");
        Assert.True(scores[_b] > scores[_c], $"B {scores[_b]} should beat C {scores[_c]}");
    }

    [Fact]
    public void Score_ChainWithoutADirectDuel_OrdersTransitively()
    {
        DuelPick[] picks = [Pick(_a, _b, "v1"), Pick(_a, _b, "v2"), Pick(_b, _c, "v1"), Pick(_b, _c, "v2")];

        var scores = DuelRanking.Score([_a, _b, _c], picks);

        Assert.True(scores[_a] > scores[_b] && scores[_b] > scores[_c], $"A {scores[_a]}, B {scores[_b]}, C {scores[_c]}");
    }

    [Fact]
    public void Score_NoPicks_EveryTakeScoresOne()
    {
        var scores = DuelRanking.Score([_a, _b, _c], []);

        Assert.Equal(3, scores.Count);
        Assert.All(scores.Values, s => Assert.Equal(1, s, Precision));
    }

    [Fact]
    public void Score_NoTakesNoPicks_Empty()
    {
        var scores = DuelRanking.Score([], []);

        Assert.Empty(scores);
    }

    [Fact]
    public void Score_TakeOnlyInAPick_Scored()
    {
        var scores = DuelRanking.Score([_a], [Pick(_b, _a, "v1")]);

        Assert.Equal(2, scores.Count);
        Assert.True(scores[_b] > scores[_a], $"B {scores[_b]} beat A {scores[_a]}");
    }

    [Fact]
    public void Score_OneLuckyWinAgainstManyWins_ManyWinsRankHigher()
    {
        DuelPick[] picks = [Pick(_a, _c, "v1"), .. Enumerable.Range(0, 10).Select(i => Pick(_b, _c, $"w{i}")), Pick(_c, _b, "x")];

        var scores = DuelRanking.Score([_a, _b, _c], picks);

        Assert.True(scores[_b] > scores[_a], $"B {scores[_b]} won 10 of 11, A {scores[_a]} won 1 of 1");
    }

    [Fact]
    public void Score_AnyPicks_GeometricMeanIsOne()
    {
        DuelPick[] picks = [Pick(_a, _b, "v1"), Pick(_a, _c, "v1"), Pick(_b, _c, "v2")];

        var scores = DuelRanking.Score([_a, _b, _c], picks);

        Assert.Equal(0, scores.Values.Sum(Math.Log), Precision);
    }

    private static DuelPick Pick(TakeId winner, TakeId loser, string voter) => new(winner, loser, voter, TestTakes.Start);
}
