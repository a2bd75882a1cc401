using System.Globalization;
using ClipBot.Core.Results;
using ClipBot.Core.Songs;
using Xunit.Abstractions;

namespace ClipBot.Media.Tests.Songs;

/// <summary>
/// The detector against click tracks of known tempo, made by ffmpeg and imported as a real upload would be
/// (so the AAC encoder's delay is part of what is measured).
/// </summary>
public sealed class SongBeatDetectionTests(ITestOutputHelper output) : IDisposable
{
    private const double Seconds = 12;
    private const double BpmTolerance = 1;
    private const double BeatTolerance = 0.030;

    // The tracker needs a few beats to lock on, so the first second is not held to 30 ms.
    private const double SettleSeconds = 1;

    private readonly SongKit _kit = new();

    [Theory]
    [InlineData(128, 0, 0)]
    [InlineData(90, 0, 0)]
    [InlineData(174, 0, 0)]
    [InlineData(120, 0.37, 0.05)]
    [InlineData(63, 0.81, 0.1)]
    [InlineData(196, 0.12, 0.05)]
    public async Task DetectBeatsAsync_ClickTrack_TempoWithinOneBpmAndEveryBeatWithin30Ms(double bpm, double offset, double noise)
    {
        var clicks = await SongSources.ClickTrackAsync(_kit.Runner, _kit.Upload("clicks.wav"), bpm, Seconds, offset, noise);
        var song = await ImportAsync("clicks.wav");

        var result = await _kit.Library.DetectBeatsAsync(song, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var grid = result.Value;
        var worst = WorstOffset(grid.Beats, clicks);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bpm} BPM: found {grid.Bpm}, {grid.Beats.Count} beats, worst offset {worst * 1000:0.0} ms"));
        Assert.InRange(grid.Bpm, bpm - BpmTolerance, bpm + BpmTolerance);
        Assert.InRange(worst, 0, BeatTolerance);
    }

    [Fact]
    public async Task DetectBeatsAsync_KickOnBeatsHatOnEighths_FollowsTheKick()
    {
        const double bpm = 100;
        var kicks = await SongSources.DrumLoopAsync(_kit.Runner, _kit.Upload("loop.wav"), bpm, Seconds);
        var song = await ImportAsync("loop.wav");

        var result = await _kit.Library.DetectBeatsAsync(song, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var worst = WorstOffset(result.Value.Beats, kicks);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bpm} BPM loop: found {result.Value.Bpm}, worst offset {worst * 1000:0.0} ms"));
        Assert.InRange(result.Value.Bpm, bpm - BpmTolerance, bpm + BpmTolerance);
        Assert.InRange(worst, 0, BeatTolerance);
    }

    [Fact]
    public async Task DetectBeatsAsync_SteadyTone_NoBeatWithAHint()
    {
        var song = await InMediaFolderAsync("tone.wav", "sine=frequency=220:duration=12");

        var result = await _kit.Library.DetectBeatsAsync(song, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.Invalid, result.Error.Kind);
        Assert.Contains("give a BPM", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetectBeatsAsync_Done_LeavesNoDecodedSamplesBehind()
    {
        var song = await InMediaFolderAsync("tone.wav", "sine=frequency=220:duration=5");

        await _kit.Library.DetectBeatsAsync(song, CancellationToken.None);

        Assert.Empty(SongKit.FilesIn(_kit.Data.WorkPath));
        Assert.Equal([song.File], SongKit.FilesIn(_kit.Data.MediaPath));
    }

    [Theory]
    [InlineData("../song.m4a")]
    [InlineData("/etc/passwd")]
    [InlineData(".hidden.partial")]
    public async Task DetectBeatsAsync_FileNameWithAPath_Throws(string file)
    {
        var song = new Song(file, 10);

        var detect = () => _kit.Library.DetectBeatsAsync(song, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(detect);
    }

    [Fact]
    public async Task DetectBeatsAsync_SongNotInTheMediaFolder_Throws()
    {
        var song = new Song("song-gone.m4a", 10);

        var detect = () => _kit.Library.DetectBeatsAsync(song, CancellationToken.None);

        await Assert.ThrowsAsync<FileNotFoundException>(detect);
    }

    [Fact]
    public async Task DetectBeatsAsync_Cancelled_ThrowsAndLeavesNoDecodedSamples()
    {
        var song = await InMediaFolderAsync("tone.wav", "sine=frequency=220:duration=5");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var detect = () => _kit.Library.DetectBeatsAsync(song, cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(detect);
        Assert.Empty(SongKit.FilesIn(_kit.Data.WorkPath));
    }

    public void Dispose() => _kit.Dispose();

    /// <summary>
    /// The largest distance, after the first second, from a click to the nearest beat and from a beat to
    /// the nearest click: a missed click and an extra beat both count.
    /// </summary>
    private static double WorstOffset(IReadOnlyList<double> beats, IReadOnlyList<double> clicks)
    {
        static double Nearest(double time, IReadOnlyList<double> times) => times.Min(other => Math.Abs(other - time));

        var settledClicks = clicks.Where(click => click >= SettleSeconds).ToArray();
        var settledBeats = beats.Where(beat => beat >= SettleSeconds).ToArray();
        Assert.NotEmpty(settledBeats);
        return Math.Max(settledClicks.Max(click => Nearest(click, beats)), settledBeats.Max(beat => Nearest(beat, clicks)));
    }

    /// <summary>A WAV put straight into the media folder, for tests about the decoding rather than the import.</summary>
    private async Task<Song> InMediaFolderAsync(string name, string source)
    {
        Directory.CreateDirectory(_kit.Data.MediaPath);
        await SongSources.RunAsync(_kit.Runner, Path.Combine(_kit.Data.MediaPath, name), source, "-c:a", "pcm_s16le", "-f", "wav");
        return new Song(name, 0);
    }

    private async Task<Song> ImportAsync(string upload)
    {
        var imported = await _kit.Library.ImportAsync(_kit.Upload(upload), CancellationToken.None);
        Assert.True(imported.IsSuccess, imported.Error?.Message);
        return imported.Value;
    }
}
