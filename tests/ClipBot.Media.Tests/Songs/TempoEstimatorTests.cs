using ClipBot.Media.Songs;

namespace ClipBot.Media.Tests.Songs;

public sealed class TempoEstimatorTests
{
    private const double FramesPerSecond = 100;
    private const int Frames = 2000;

    [Theory]
    [InlineData(50)]
    [InlineData(37.5)]
    [InlineData(80)]
    public void Estimate_PulseTrain_ItsPeriod(double period)
    {
        float[][] registers = [Pulses.Every(period, Frames, first: 7)];

        var tempo = TempoEstimator.Estimate(registers, FramesPerSecond);

        Assert.NotNull(tempo);
        Assert.Equal(period, tempo.Period, 0.5);
    }

    [Fact]
    public void Estimate_EqualPulsesFasterThanTheFavouriteTempo_NotTheHalfTimeReading()
    {
        float[][] registers = [Pulses.Every(34, Frames)];

        var tempo = TempoEstimator.Estimate(registers, FramesPerSecond);

        Assert.Equal(34, tempo!.Period, 0.5);
    }

    [Fact]
    public void Estimate_KickOnTheBeatHatOnEveryEighth_TheKickPeriod()
    {
        float[][] registers = [Pulses.Every(60, Frames), Pulses.Every(30, Frames), new float[Frames], new float[Frames]];

        var tempo = TempoEstimator.Estimate(registers, FramesPerSecond);

        Assert.Equal(60, tempo!.Period, 0.5);
    }

    [Fact]
    public void Estimate_PulseBesideNoise_NoiseGetsNoWeight()
    {
        float[][] registers = [Pulses.Every(50, Frames), Pulses.Noise(Frames, seed: 3)];

        var tempo = TempoEstimator.Estimate(registers, FramesPerSecond);

        Assert.NotNull(tempo);
        Assert.InRange(tempo.Weights[0], 0.9, 1);
        Assert.InRange(tempo.Weights[1], 0, 0.1);
    }

    [Fact]
    public void Estimate_Noise_Null()
    {
        float[][] registers = [Pulses.Noise(Frames, seed: 1), Pulses.Noise(Frames, seed: 2)];

        var tempo = TempoEstimator.Estimate(registers, FramesPerSecond);

        Assert.Null(tempo);
    }

    [Fact]
    public void Estimate_FaintFlicker_Null()
    {
        float[][] registers = [Pulses.Every(50, Frames, strength: 0.3f), new float[Frames]];

        var tempo = TempoEstimator.Estimate(registers, FramesPerSecond);

        Assert.Null(tempo);
    }

    [Fact]
    public void Estimate_Flat_Null()
    {
        float[][] registers = [new float[Frames]];

        var tempo = TempoEstimator.Estimate(registers, FramesPerSecond);

        Assert.Null(tempo);
    }

    [Fact]
    public void Estimate_ShorterThanFourSlowBeats_Null()
    {
        float[][] registers = [Pulses.Every(50, 350)];

        var tempo = TempoEstimator.Estimate(registers, FramesPerSecond);

        Assert.Null(tempo);
    }
}
