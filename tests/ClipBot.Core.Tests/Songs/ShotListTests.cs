using ClipBot.Core.Results;
using ClipBot.Core.Songs;

namespace ClipBot.Core.Tests.Songs;

public sealed class ShotListTests
{
    private const double Precision = 1e-9;

    [Fact]
    public void FromDurations_WithinTheSong_ShotsBackToBackFromZero()
    {
        double[] durations = [2, 3.5, 4];

        var result = ShotList.FromDurations(durations, songSeconds: 10);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal([new Shot(1, 0, 2), new Shot(2, 2, 3.5), new Shot(3, 5.5, 4)], result.Value);
    }

    [Fact]
    public void FromDurations_SilentReel_LastsAsLongAsTheSum()
    {
        double[] durations = [1.5, 2.5];

        var result = ShotList.FromDurations(durations, songSeconds: null);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(4, result.Value[^1].EndSeconds, Precision);
    }

    [Fact]
    public void FromDurations_SumEqualsSongUpToRounding_Accepted()
    {
        double[] durations = [1.1, 2.2, 3.3];

        var result = ShotList.FromDurations(durations, songSeconds: 6.6);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Theory]
    [InlineData(0, "Shot 2 lasts 0 s")]
    [InlineData(-1, "Shot 2 lasts -1 s")]
    [InlineData(double.NaN, "Shot 2")]
    [InlineData(double.PositiveInfinity, "Shot 2")]
    [InlineData(0.4, "Shot 2 lasts 0.4 s; every shot must last at least 0.5 s")]
    public void FromDurations_ShotNotPositive_InvalidNamingTheShot(double bad, string named)
    {
        double[] durations = [2, bad, 3];

        var result = ShotList.FromDurations(durations, songSeconds: 60);

        AssertInvalid(result, named);
    }

    [Fact]
    public void FromDurations_MoreThanTheMostShots_InvalidNamingTheCap()
    {
        var durations = Enumerable.Repeat(1.0, ShotList.MaxShots + 1).ToArray();

        var result = ShotList.FromDurations(durations, songSeconds: null);

        AssertInvalid(result, $"at most {ShotList.MaxShots}");
    }

    [Fact]
    public void FromDurations_ExactlyTheMostShots_Accepted()
    {
        var durations = Enumerable.Repeat(0.5, ShotList.MaxShots).ToArray();

        var result = ShotList.FromDurations(durations, songSeconds: null);

        Assert.Equal(ShotList.MaxShots, result.Value!.Count);
    }

    [Fact]
    public void FromTempo_TooManyShotsForTheSong_InvalidAskingForMoreBars()
    {
        // One bar of 4 at 240 BPM is 1 s: a 15-minute song would make 900 shots.
        var result = ShotList.FromTempo(240, 1, 900);

        AssertInvalid(result, "give more bars per shot");
    }

    [Fact]
    public void FromDurations_LongerThanTheSong_InvalidNamingBothLengths()
    {
        double[] durations = [5, 5, 5];

        var result = ShotList.FromDurations(durations, songSeconds: 12);

        AssertInvalid(result, "add up to 15 s, but the song lasts only 12 s");
    }

    [Fact]
    public void FromDurations_Empty_Invalid()
    {
        double[] durations = [];

        var result = ShotList.FromDurations(durations, songSeconds: 12);

        AssertInvalid(result, "at least one shot");
    }

    [Fact]
    public void FromTempo_WholeShots_CoverTheSongExactly()
    {
        var (bpm, bars, song) = (120.0, 2, 16.0);

        var result = ShotList.FromTempo(bpm, bars, song);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal([0.0, 4, 8, 12], result.Value.Select(shot => shot.StartSeconds));
        Assert.All(result.Value, shot => Assert.Equal(4, shot.DurationSeconds, Precision));
    }

    [Fact]
    public void FromTempo_RemainderOverHalfAShot_BecomesTheLastShot()
    {
        var (bpm, bars, song) = (120.0, 2, 11.0);

        var result = ShotList.FromTempo(bpm, bars, song);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal([4.0, 4, 3], result.Value.Select(shot => shot.DurationSeconds));
    }

    [Fact]
    public void FromTempo_RemainderUnderHalfAShot_MergesIntoThePreviousShot()
    {
        var (bpm, bars, song) = (120.0, 2, 9.0);

        var result = ShotList.FromTempo(bpm, bars, song);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal([4.0, 5], result.Value.Select(shot => shot.DurationSeconds));
        Assert.Equal(song, result.Value[^1].EndSeconds, Precision);
    }

    [Fact]
    public void FromTempo_ThreeBeatsPerBar_ShotsOfThreeBeats()
    {
        var (bpm, bars, song) = (90.0, 1, 6.0);

        var result = ShotList.FromTempo(bpm, bars, song, beatsPerBar: 3);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal([2.0, 2, 2], result.Value.Select(shot => shot.DurationSeconds));
    }

    [Fact]
    public void FromTempo_SongShorterThanOneShot_OneShotForTheWholeSong()
    {
        var (bpm, bars, song) = (60.0, 4, 5.0);

        var result = ShotList.FromTempo(bpm, bars, song);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal([new Shot(1, 0, 5)], result.Value);
    }

    [Fact]
    public void FromTempo_LongSong_NoDriftOffTheBarLines()
    {
        var (bpm, bars, song) = (128.0, 4, 900.0);

        var result = ShotList.FromTempo(bpm, bars, song);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var shotSeconds = bars * 4 * 60 / bpm;
        Assert.Equal(120, result.Value.Count);
        Assert.All(result.Value, shot => Assert.Equal((shot.Index - 1) * shotSeconds, shot.StartSeconds, 1e-9));
    }

    [Theory]
    [InlineData(0, 2, 4, 60, "BPM")]
    [InlineData(double.NaN, 2, 4, 60, "BPM")]
    [InlineData(120, 0, 4, 60, "bar per shot")]
    [InlineData(120, 2, 0, 60, "beat per bar")]
    [InlineData(120, 2, 4, 0, "no length")]
    [InlineData(600, 1, 1, 60, "1 bars at 600 BPM last 0.1 s")]
    public void FromTempo_ImpossibleGrid_InvalidNamingWhatIsWrong(double bpm, int bars, int beatsPerBar, double song, string named)
    {
        var result = ShotList.FromTempo(bpm, bars, song, beatsPerBar);

        AssertInvalid(result, named);
    }

    [Fact]
    public void FromBeats_SteadyBeats_BoundariesOnEveryNthBeatFromTheFirst()
    {
        var grid = Grid(bpm: 120, first: 0.3, count: 40);

        var result = ShotList.FromBeats(grid, barsPerShot: 2, songSeconds: 20.3);

        Assert.True(result.IsSuccess, result.Error?.Message);
        AssertStarts([0, 4.3, 8.3, 12.3, 16.3], result.Value);
        Assert.Equal(20.3, result.Value[^1].EndSeconds, Precision);
    }

    [Fact]
    public void FromBeats_JitteredBeats_EachBoundaryIsADetectedBeat()
    {
        var beats = Grid(bpm: 100, first: 0.1, count: 100).Beats.Select((beat, i) => beat + (i % 3 == 0 ? 0.02 : -0.015)).ToArray();

        var result = ShotList.FromBeats(new BeatGrid(100, beats), barsPerShot: 1, songSeconds: 60);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.All(result.Value.Skip(1), shot => Assert.Contains(shot.StartSeconds, beats));
        Assert.All(result.Value, shot => Assert.InRange(shot.DurationSeconds, 2.4 * 0.75, 2.4 * 1.5));
    }

    [Fact]
    public void FromBeats_NoBeatOnTheTarget_SnapsToTheNearestBeat()
    {
        var beats = Grid(bpm: 120, first: 0.5, count: 30).Beats.Where((_, i) => i is not 8 and not 16).ToArray();

        var result = ShotList.FromBeats(new BeatGrid(120, beats), barsPerShot: 2, songSeconds: 15.5);

        Assert.True(result.IsSuccess, result.Error?.Message);
        AssertStarts([0, 4.0, 8.0, 12.0], result.Value);
    }

    [Fact]
    public void FromBeats_LongIntroBeforeTheFirstBeat_IntroIsItsOwnShot()
    {
        var grid = Grid(bpm: 120, first: 3, count: 16);

        var result = ShotList.FromBeats(grid, barsPerShot: 2, songSeconds: 11);

        Assert.True(result.IsSuccess, result.Error?.Message);
        AssertStarts([0, 3.0, 7.0], result.Value);
    }

    [Fact]
    public void FromBeats_BeatlessPassage_CutsAtTheTargetInstead()
    {
        var beats = Grid(bpm: 120, first: 0, count: 9).Beats.Where(beat => beat > 0).ToArray();

        var result = ShotList.FromBeats(new BeatGrid(120, beats), barsPerShot: 1, songSeconds: 10);

        Assert.True(result.IsSuccess, result.Error?.Message);
        AssertStarts([0, 2.5, 4.0, 6.0, 8.0], result.Value);
    }

    [Fact]
    public void FromBeats_BeatsCloserThanOneBeat_NoShotUnderOneBeat()
    {
        double[] beats = [0.5, 0.55, 0.6, 0.62, 0.7, 1.0, 1.05, 1.5, 2.0, 2.01, 2.5, 3.0];

        var result = ShotList.FromBeats(new BeatGrid(120, beats), barsPerShot: 1, songSeconds: 3.2, beatsPerBar: 1);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.All(result.Value, shot => Assert.True(shot.DurationSeconds >= 0.5 * 0.9, $"shot {shot.Index} lasts {shot.DurationSeconds} s"));
        Assert.Equal(3.2, result.Value[^1].EndSeconds, Precision);
    }

    [Fact]
    public void FromBeats_NoBeats_InvalidSuggestingABpm()
    {
        var grid = new BeatGrid(120, []);

        var result = ShotList.FromBeats(grid, barsPerShot: 2, songSeconds: 30);

        AssertInvalid(result, "give a BPM");
    }

    private static BeatGrid Grid(double bpm, double first, int count) =>
        new(bpm, Enumerable.Range(0, count).Select(i => first + (i * 60 / bpm)).ToArray());

    private static void AssertStarts(double[] expected, IReadOnlyList<Shot> shots)
    {
        Assert.Equal(expected.Length, shots.Count);
        Assert.All(expected.Zip(shots), pair => Assert.Equal(pair.First, pair.Second.StartSeconds, Precision));
    }

    private static void AssertInvalid(Result<IReadOnlyList<Shot>> result, string named)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.Invalid, result.Error.Kind);
        Assert.Contains(named, result.Error.Message, StringComparison.Ordinal);
    }
}
