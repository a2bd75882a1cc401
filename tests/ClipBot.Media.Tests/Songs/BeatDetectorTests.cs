using ClipBot.Media.Songs;

namespace ClipBot.Media.Tests.Songs;

public sealed class BeatDetectorTests
{
    [Theory]
    [InlineData(120, 0.25)]
    [InlineData(97, 0.6)]
    [InlineData(180, 0)]
    public void Detect_ClicksInMemory_TempoAndBeatsOnTheClicks(double bpm, double offset)
    {
        var registers = SyntheticPcm.Envelopes(SyntheticPcm.Clicks(bpm, seconds: 10, offset));

        var grid = BeatDetector.Detect(registers);

        Assert.NotNull(grid);
        Assert.Equal(bpm, grid.Bpm, 0.5);
        var period = 60 / bpm;
        Assert.All(
            grid.Beats.Where(beat => beat >= 1),
            beat => Assert.InRange(Math.Abs(Math.IEEERemainder(beat - offset, period)), 0, 0.015));
    }

    [Theory]
    [InlineData(120, "x...x...", "..x...x.", "xxxxxxxx")]
    [InlineData(90, "x...x...", "..x...x.", "xxxxxxxx")]
    [InlineData(100, "x.x.x.x.", "........", "xxxxxxxx")]
    [InlineData(128, "x.x.x.x.", "..x...x.", ".x.x.x.x")]
    [InlineData(174, "x.....x.x.......", "....x.......x...", "x.x.x.x.x.x.x.x.")]
    public void Detect_DrumPattern_TheQuarterNoteTempoOnTheBeats(double bpm, string kick, string snare, string hat)
    {
        var registers = SyntheticPcm.Envelopes(SyntheticPcm.Drums(bpm, seconds: 12, kick, snare, hat));

        var grid = BeatDetector.Detect(registers);

        Assert.NotNull(grid);
        Assert.Equal(bpm, grid.Bpm, 0.5);
        var period = 60 / bpm;
        Assert.All(grid.Beats.Where(beat => beat >= 1), beat => Assert.InRange(Math.Abs(Math.IEEERemainder(beat, period)), 0, 0.015));
    }

    [Fact]
    public void Detect_Silence_Null()
    {
        var registers = SyntheticPcm.Envelopes(SyntheticPcm.Silence(10));

        var grid = BeatDetector.Detect(registers);

        Assert.Null(grid);
    }

    [Fact]
    public void Detect_TooShortForATempo_Null()
    {
        var registers = SyntheticPcm.Envelopes(SyntheticPcm.Clicks(120, seconds: 2));

        var grid = BeatDetector.Detect(registers);

        Assert.Null(grid);
    }
}
