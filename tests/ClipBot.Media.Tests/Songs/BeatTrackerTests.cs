using ClipBot.Media.Songs;

namespace ClipBot.Media.Tests.Songs;

public sealed class BeatTrackerTests
{
    private const int Frames = 2000;

    [Fact]
    public void Track_PulseTrain_EveryPulse()
    {
        var envelope = Pulses.Every(40, Frames, first: 13);

        var beats = BeatTracker.Track(envelope, 40);

        Assert.Equal(Pulses.Frames(envelope), beats);
    }

    [Fact]
    public void Track_PeriodSlightlyOff_StillOnEveryPulse()
    {
        var envelope = Pulses.Every(40, Frames, first: 13);

        var beats = BeatTracker.Track(envelope, 41.2);

        Assert.Equal(Pulses.Frames(envelope), beats);
    }

    [Fact]
    public void Track_SilenceBeforeAndAfter_NoBeatsOverTheSilence()
    {
        var envelope = Pulses.Every(40, Frames, first: 500, until: 1500);

        var beats = BeatTracker.Track(envelope, 40);

        Assert.Equal(Pulses.Frames(envelope), beats);
    }

    [Fact]
    public void Track_OnePulseMissing_KeepsTheBeatThroughTheGap()
    {
        var envelope = Pulses.Every(40, Frames, first: 13);
        envelope[413] = 0;

        var beats = BeatTracker.Track(envelope, 40);

        Assert.Contains(413, beats);
        Assert.Equal(Pulses.Frames(envelope).Length + 1, beats.Count);
    }

    [Fact]
    public void Track_OffbeatsWeaker_BeatsOnTheStrongPulses()
    {
        var strong = Pulses.Every(40, Frames, first: 13);
        var weak = Pulses.Every(40, Frames, first: 33, strength: 4);
        var envelope = strong.Zip(weak, (a, b) => a + b).ToArray();

        var beats = BeatTracker.Track(envelope, 40);

        Assert.Equal(Pulses.Frames(strong), beats);
    }

    [Fact]
    public void Track_Flat_NoBeats()
    {
        var envelope = new float[Frames];

        var beats = BeatTracker.Track(envelope, 40);

        Assert.Empty(beats);
    }

    [Fact]
    public void Track_PeriodUnderTwoFrames_Throws()
    {
        var envelope = new float[Frames];

        var track = () => BeatTracker.Track(envelope, 1.5);

        Assert.Throws<ArgumentOutOfRangeException>(track);
    }
}
