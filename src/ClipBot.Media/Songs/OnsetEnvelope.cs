using System.Numerics;

namespace ClipBot.Media.Songs;

/// <summary>
/// Turns mono PCM into onset-strength envelopes: the rise in log energy from one short frame to the next
/// (spectral flux over log-spaced bands), one envelope per register — bass, low mids, high mids, treble —
/// so that a kick and a hi-hat can be told apart later. Samples are fed in chunks, so a 15-minute song
/// never has to be in memory at once.
/// </summary>
internal sealed class OnsetEnvelope
{
    /// <summary>Enough for rhythm: beats live in the attacks, and 11 kHz keeps them up to 5.5 kHz.</summary>
    public const int SampleRate = 11025;

    /// <summary>46 ms frames: long enough for a few bass bins, short enough to place an attack.</summary>
    public const int Window = 512;

    /// <summary>An 11.6 ms hop, half the usual 23 ms, because beats must land within 30 ms of the music.</summary>
    public const int Hop = 128;

    /// <summary>Registers: 40–135 Hz, 135–450 Hz, 450 Hz–1.5 kHz and 1.5–5.2 kHz, four bands each.</summary>
    public const int Registers = 4;

    private const int Bands = 16;
    private const double LowestHz = 40;
    private const double HighestHz = 5200;

    // About 60 dB under a full-scale sine. Digital silence must not read as minus infinity, and the faint
    // first edge of an attack entering the tapered window must not count as a rise from nothing: with a
    // floor at -100 dB, clicks after silence were placed 5 ms earlier than the same clicks over noise.
    private const double EnergyFloor = 1e-2;

    private static readonly double[] HannWindow = CreateHann();
    private static readonly int[] BandOfBin = CreateBands();

    private readonly float[] _samples = new float[Window];
    private readonly Complex[] _spectrum = new Complex[Window];
    private readonly double[] _previous = new double[Bands];
    private readonly double[] _current = new double[Bands];
    private readonly List<float>[] _flux = [.. Enumerable.Range(0, Registers).Select(_ => new List<float>())];
    private int _filled;
    private bool _first = true;

    public static double FramesPerSecond => (double)SampleRate / Hop;

    public void Add(ReadOnlySpan<float> samples)
    {
        foreach (var sample in samples)
        {
            _samples[_filled++] = sample;
            if (_filled == Window)
            {
                AddFrame();
                Array.Copy(_samples, Hop, _samples, 0, Window - Hop);
                _filled = Window - Hop;
            }
        }
    }

    /// <summary>One envelope per register, each with a value per frame.</summary>
    public float[][] ToArrays() => [.. _flux.Select(register => register.ToArray())];

    private void AddFrame()
    {
        for (var i = 0; i < Window; i++)
        {
            _spectrum[i] = new Complex(_samples[i] * HannWindow[i], 0);
        }

        Fft.Forward(_spectrum);
        Array.Clear(_current);
        for (var bin = 0; bin < BandOfBin.Length; bin++)
        {
            if (BandOfBin[bin] >= 0)
            {
                var (re, im) = (_spectrum[bin].Real, _spectrum[bin].Imaginary);
                _current[BandOfBin[bin]] += (re * re) + (im * im);
            }
        }

        Span<double> flux = stackalloc double[Registers];
        for (var band = 0; band < Bands; band++)
        {
            var level = Math.Log(Math.Max(_current[band], EnergyFloor));

            // Only rises count: an attack is where energy arrives, and a decay says nothing about the beat.
            flux[band * Registers / Bands] += _first ? 0 : Math.Max(0, level - _previous[band]);
            _previous[band] = level;
        }

        _first = false;
        for (var register = 0; register < Registers; register++)
        {
            _flux[register].Add((float)flux[register]);
        }
    }

    private static double[] CreateHann() =>
        Enumerable.Range(0, Window).Select(i => 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / Window))).ToArray();

    /// <summary>The band of each FFT bin, or -1 outside 40 Hz–5.2 kHz (hum and hiss carry no beat).</summary>
    private static int[] CreateBands()
    {
        var binHz = (double)SampleRate / Window;
        var bands = new int[(Window / 2) + 1];
        for (var bin = 0; bin < bands.Length; bin++)
        {
            var hz = bin * binHz;
            bands[bin] = hz < LowestHz || hz > HighestHz
                ? -1
                : Math.Min(Bands - 1, (int)(Bands * Math.Log(hz / LowestHz) / Math.Log(HighestHz / LowestHz)));
        }

        return bands;
    }
}
