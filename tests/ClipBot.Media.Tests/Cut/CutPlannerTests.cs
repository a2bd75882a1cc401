using ClipBot.Core.Cuts;
using ClipBot.Media.Cut;

namespace ClipBot.Media.Tests.Cut;

public sealed class CutPlannerTests
{
    [Fact]
    public void Boundaries_ShotsOfOddLengths_RoundTheRunningTotal()
    {
        var shots = Enumerable.Repeat(Shot(4.41), 54).ToList();

        var bounds = CutPlanner.Boundaries(shots, 30);

        Assert.Equal(7144, bounds[^1]);
        Assert.All(Enumerable.Range(0, 54), i => Assert.InRange(bounds[i + 1] - bounds[i], 132, 133));
    }

    [Fact]
    public void Plan_HardCuts_PlaysEachShotFromItsStartForItsSlot()
    {
        var plan = Plan([1.0, 0.8], transition: 0, credits: 1.0);

        Assert.Equal(
            [
                new CutPiece(PieceKind.Shot, 0, 0, 30, 30, 0),
                new CutPiece(PieceKind.Shot, 1, 0, 24, 24, 30),
                new CutPiece(PieceKind.Credits, 0, 0, 30, 30, 54),
            ],
            plan.Pieces);
        Assert.Empty(plan.Transitions);
        Assert.Equal(84, plan.TimelineFrames);
        Assert.Equal(["one", "two", CutPlanner.CreditsTitle], plan.Chapters.Select(c => c.Title));
        Assert.Equal([0, 30, 54], plan.Chapters.Select(c => c.StartFrame));
    }

    [Fact]
    public void Plan_Crossfades_ResumeCopyingOnTheFirstKeyframeAfterTheBlend()
    {
        var plan = Plan([1.5, 1.5, 1.5], transition: 0.5, credits: 0);

        Assert.Equal(
            [
                new CutPiece(PieceKind.Shot, 0, 0, 38, 38, 0),
                new CutPiece(PieceKind.Transition, 0, 0, 22, 22, 38),
                new CutPiece(PieceKind.Shot, 1, 15, 23, 23, 60),
                new CutPiece(PieceKind.Transition, 1, 0, 22, 22, 83),
                new CutPiece(PieceKind.Shot, 2, 15, 30, 30, 105),
            ],
            plan.Pieces);
        Assert.Equal(new TransitionWindow(0, 38, 7, 15, 15), plan.Transitions[0]);
        Assert.Equal(135, plan.TimelineFrames);
        Assert.Equal([0, 45, 90], plan.Chapters.Select(c => c.StartFrame));
    }

    [Fact]
    public void Plan_ShotTooShortForTwoCrossfades_IsRefusedWithTheMinimum()
    {
        var result = CutPlanner.Plan([Shot(1.5), Shot(0.6), Shot(1.5)], [Track(45), Track(18), Track(45)], 30, 0.5, 0);

        Assert.False(result.IsSuccess);
        Assert.Equal("With 0.5 s crossfades, shot 2 must last at least 0.73 s; it lasts 0.6 s.", result.Error.Message);
    }

    [Fact]
    public void Plan_TakeMuchShorterThanItsSlot_IsRefused()
    {
        var result = CutPlanner.Plan([Shot(2.0)], [Track(30)], 30, 0, 0);

        Assert.False(result.IsSuccess);
        Assert.Contains("lasts 1 s, but its slot lasts 2 s", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TakeOneFrameShort_PlaysWhatItHasAndKeepsTheTimeline()
    {
        var result = CutPlanner.Plan([Shot(1.0), Shot(1.0)], [Track(29), Track(30)], 30, 0, 0);

        Assert.True(result.IsSuccess);
        Assert.Equal(59, result.Value.ExpectedSamples);
        Assert.Equal(60, result.Value.TimelineFrames);
    }

    [Fact]
    public void Slots_ShotShorterThanAFrame_IsRefused()
    {
        var result = CutPlanner.Slots([Shot(1.0), Shot(0.01), Shot(1.0)], 30);

        Assert.False(result.IsSuccess);
        Assert.Equal("Shot 2 is shorter than one frame.", result.Error.Message);
    }

    [Fact]
    public void Slots_OddLengths_AddUpToTheTimeline()
    {
        var result = CutPlanner.Slots([Shot(1.01), Shot(1.01), Shot(1.01)], 30);

        Assert.True(result.IsSuccess);
        Assert.Equal([30, 31, 30], result.Value);
    }

    [Fact]
    public void Plan_EmptySlotsCard_IsPlayedAndTitledLikeATake()
    {
        var shots = new[] { Shot(1.5) with { Title = "one" }, CutShot.Card("slot-2", 1.5, "  ", "a brief") };

        var result = CutPlanner.Plan(shots, [Track(45), Track(45)], 30, 0.5, 0);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(new CutPiece(PieceKind.Shot, 1, 15, 30, 30, 60), result.Value.Pieces[^1]);
        Assert.Equal(["one", "Shot 2"], result.Value.Chapters.Select(c => c.Title));
    }

    private static CutPlan Plan(double[] seconds, double transition, double credits)
    {
        string[] titles = ["one", "two", "three"];
        var shots = seconds.Select((s, i) => Shot(s) with { Title = titles[i] }).ToList();
        var tracks = seconds.Select(s => Track((int)Math.Round(s * 30) + 10)).ToList();
        var result = CutPlanner.Plan(shots, tracks, 30, transition, credits);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static CutShot Shot(double seconds) => new("t", "t.mp4", null, seconds, string.Empty, "a", "p", 1);

    /// <summary>A take's index as ingest writes it: 30 fps, a keyframe every 15 frames.</summary>
    private static Mp4VideoTrack Track(int frames) =>
        new("avc1", 320, 180, 15360, frames, [((uint)frames, 512)], [.. Enumerable.Range(0, (frames + 14) / 15).Select(k => k * 15)], [1, 2, 3]);
}
