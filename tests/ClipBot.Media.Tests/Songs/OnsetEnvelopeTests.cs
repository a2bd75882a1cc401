using ClipBot.Media.Songs;

namespace ClipBot.Media.Tests.Songs;

public sealed class OnsetEnvelopeTests
{
    [Fact]
    public void Add_AnyChunking_SameEnvelopes()
    {
        var samples = SyntheticPcm.Clicks(120, 3);
        var chunked = new OnsetEnvelope();

        for (var start = 0; start < samples.Length; start += 997)
        {
            chunked.Add(samples.AsSpan(start, Math.Min(997, samples.Length - start)));
        }

        Assert.Equal(SyntheticPcm.Envelopes(samples), chunked.ToArrays());
    }

    [Fact]
    public void Add_ThreeSeconds_OneValuePerHopAfterTheFirstWindowInEachRegister()
    {
        var samples = SyntheticPcm.Silence(3);

        var registers = SyntheticPcm.Envelopes(samples);

        Assert.Equal(OnsetEnvelope.Registers, registers.Length);
        var frames = ((samples.Length - OnsetEnvelope.Window) / OnsetEnvelope.Hop) + 1;
        Assert.All(registers, register => Assert.Equal(frames, register.Length));
    }

    [Fact]
    public void Add_Silence_NoOnsets()
    {
        var samples = SyntheticPcm.Silence(2);

        var registers = SyntheticPcm.Envelopes(samples);

        Assert.All(registers, register => Assert.All(register, value => Assert.Equal(0, value)));
    }

    [Fact]
    public void Add_OneClick_StrongestRiseWithinAWindowOfTheClick()
    {
        var samples = SyntheticPcm.Clicks(bpm: 20, seconds: 2, offset: 1);

        var registers = SyntheticPcm.Envelopes(samples);

        var total = Enumerable.Range(0, registers[0].Length).Select(frame => registers.Sum(register => register[frame])).ToArray();
        var peak = Array.IndexOf(total, total.Max());
        var clickFrame = 1.0 * OnsetEnvelope.SampleRate / OnsetEnvelope.Hop;
        Assert.InRange(peak, clickFrame - (OnsetEnvelope.Window / OnsetEnvelope.Hop), clickFrame);
    }
}
