using ClipBot.Core.Results;
using ClipBot.Core.Songs;
using ClipBot.Media.Arguments;
using ClipBot.Media.Songs;

namespace ClipBot.Media.Tests.Songs;

public sealed class SongImportTests : IDisposable
{
    private readonly SongKit _kit = new();

    private string MediaFolder => _kit.Data.MediaPath;

    [Theory]
    [InlineData("tone.mp3", "libmp3lame", "mp3")]
    [InlineData("tone.m4a", "aac", "ipod")]
    [InlineData("tone.aac", "aac", "adts")]
    [InlineData("tone.wav", "pcm_s16le", "wav")]
    [InlineData("tone.flac", "flac", "flac")]
    [InlineData("tone.ogg", "libvorbis", "ogg")]
    [InlineData("tone.opus", "libopus", "ogg")]
    public async Task ImportAsync_AcceptedFormat_StoresStereoAacUnderAGeneratedName(string upload, string codec, string format)
    {
        await SongSources.ToneAsync(_kit.Runner, _kit.Upload(upload), "-c:a", codec, "-f", format);

        var result = await _kit.Library.ImportAsync(_kit.Upload(upload), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var song = result.Value;
        Assert.Matches("^song-[0-9a-f]{32}\\.m4a$", song.File);
        Assert.Equal(song.File.Replace(".m4a", "-delivery.m4a", StringComparison.Ordinal), song.DeliveryFile);
        Assert.InRange(song.DurationSeconds, 1.95, 2.1);
        Assert.Equal(new[] { song.DeliveryFile, song.File }.Order(), SongKit.FilesIn(MediaFolder).Order());
        var stored = await ProbeAsync(Path.Combine(MediaFolder, song.File));
        Assert.Contains("\"codec_name\": \"aac\"", stored, StringComparison.Ordinal);
        Assert.Contains("\"sample_rate\": \"48000\"", stored, StringComparison.Ordinal);
        Assert.Contains("\"channels\": 2", stored, StringComparison.Ordinal);
        Assert.True(File.Exists(_kit.Upload(upload)));
    }

    [Fact]
    public async Task ImportAsync_Mp3WithCoverArt_AcceptedAndTheArtLeftBehind()
    {
        IReadOnlyList<string> arguments =
        [
            .. FfmpegArguments.Prelude,
            "-f", "lavfi", "-i", "sine=frequency=440:duration=2",
            "-f", "lavfi", "-i", "color=c=red:s=64x64:d=0.1",
            "-map", "0:a", "-map", "1:v", "-frames:v", "1",
            "-c:a", "libmp3lame", "-c:v", "mjpeg", "-disposition:v", "attached_pic", "-id3v2_version", "3", "-f", "mp3",
            FfmpegArguments.File(_kit.Upload("cover.mp3")),
        ];
        await _kit.Runner.RunFfmpegAsync(arguments, _kit.Upload("cover.mp3"), TimeSpan.Zero, null, CancellationToken.None);

        var result = await _kit.Library.ImportAsync(_kit.Upload("cover.mp3"), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message);
        var stored = await ProbeAsync(Path.Combine(MediaFolder, result.Value.File));
        Assert.DoesNotContain("\"video\"", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_SameUploadTwice_TwoSongsNeverOverwritten()
    {
        await SongSources.ToneAsync(_kit.Runner, _kit.Upload("tone.wav"), "-c:a", "pcm_s16le", "-f", "wav");

        var first = await _kit.Library.ImportAsync(_kit.Upload("tone.wav"), CancellationToken.None);
        var second = await _kit.Library.ImportAsync(_kit.Upload("tone.wav"), CancellationToken.None);

        Assert.NotEqual(first.Value!.File, second.Value!.File);
        Assert.Equal(4, SongKit.FilesIn(MediaFolder).Length);
    }

    [Fact]
    public async Task ImportAsync_AnySong_DeliveryCopyIsTheSameSongAtTheDeliveryBitRate()
    {
        await SongSources.ToneAsync(_kit.Runner, _kit.Upload("tone.flac"), "-c:a", "flac", "-f", "flac");

        var song = (await _kit.Library.ImportAsync(_kit.Upload("tone.flac"), CancellationToken.None)).Value!;

        var full = await ProbeAsync(Path.Combine(MediaFolder, song.File));
        var delivery = await ProbeAsync(Path.Combine(MediaFolder, song.DeliveryFile!));
        Assert.Contains("\"codec_name\": \"aac\"", delivery, StringComparison.Ordinal);
        Assert.Contains("\"sample_rate\": \"48000\"", delivery, StringComparison.Ordinal);
        Assert.InRange(BitRate(delivery), 40_000, 70_000);
        Assert.InRange(BitRate(full), 100_000, 200_000);
    }

    private static long BitRate(string probeJson)
    {
        var match = System.Text.RegularExpressions.Regex.Match(probeJson, "\"bit_rate\": \"(\\d+)\"");
        Assert.True(match.Success, probeJson);
        return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task ImportAsync_VideoOnly_RefusedForHavingNoAudio()
    {
        await SongSources.VideoOnlyAsync(_kit.Runner, _kit.Upload("clip.mp4"));

        var result = await _kit.Library.ImportAsync(_kit.Upload("clip.mp4"), CancellationToken.None);

        AssertRefused(result, "no audio in it");
    }

    [Fact]
    public async Task ImportAsync_VideoWithSound_RefusedAsAVideo()
    {
        IReadOnlyList<string> arguments =
        [
            .. FfmpegArguments.Prelude,
            "-f", "lavfi", "-i", "testsrc2=s=64x64:r=10:d=1",
            "-f", "lavfi", "-i", "sine=duration=1",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-f", "mp4",
            FfmpegArguments.File(_kit.Upload("clip.mp4")),
        ];
        await _kit.Runner.RunFfmpegAsync(arguments, _kit.Upload("clip.mp4"), TimeSpan.Zero, null, CancellationToken.None);

        var result = await _kit.Library.ImportAsync(_kit.Upload("clip.mp4"), CancellationToken.None);

        AssertRefused(result, "That is a video");
    }

    [Fact]
    public async Task ImportAsync_TextFileNamedMp3_RefusedAsNotAudio()
    {
        await File.WriteAllTextAsync(_kit.Upload("song.mp3"), "this is not a song, only text pretending to be one");

        var result = await _kit.Library.ImportAsync(_kit.Upload("song.mp3"), CancellationToken.None);

        AssertRefused(result, "not audio ClipBot can read");
    }

    [Fact]
    public async Task ImportAsync_AudioInAnotherFormat_RefusedNamingTheFormatsTaken()
    {
        await SongSources.ToneAsync(_kit.Runner, _kit.Upload("tone.mka"), "-c:a", "flac", "-f", "matroska");

        var result = await _kit.Library.ImportAsync(_kit.Upload("tone.mka"), CancellationToken.None);

        AssertRefused(result, "mp3, m4a, wav, flac or ogg");
    }

    [Fact]
    public async Task ImportAsync_Over15Minutes_RefusedNamingTheLengthAndTheLimit()
    {
        await SongSources.LongSilenceAsync(_kit.Runner, _kit.Upload("long.wav"));

        var result = await _kit.Library.ImportAsync(_kit.Upload("long.wav"), CancellationToken.None);

        AssertRefused(result, "lasts 15:01; a song can last at most 15 minutes");
    }

    [Fact]
    public async Task ImportAsync_Over50MB_RefusedBeforeProbing()
    {
        await using (var stream = File.Create(_kit.Upload("huge.wav")))
        {
            // Sparse: the size is real to the file system, the disk holds nothing.
            stream.SetLength(SongLimits.MaxBytes + 1);
        }

        var result = await _kit.Library.ImportAsync(_kit.Upload("huge.wav"), CancellationToken.None);

        AssertRefused(result, "at most 50 MB");
    }

    [Fact]
    public async Task ImportAsync_MissingUpload_Throws()
    {
        var import = () => _kit.Library.ImportAsync(_kit.Upload("nothing.mp3"), CancellationToken.None);

        await Assert.ThrowsAsync<FileNotFoundException>(import);
    }

    [Fact]
    public async Task ImportAsync_Cancelled_LeavesNothingInTheMediaFolder()
    {
        await SongSources.ToneAsync(_kit.Runner, _kit.Upload("tone.wav"), "-c:a", "pcm_s16le", "-f", "wav");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var import = () => _kit.Library.ImportAsync(_kit.Upload("tone.wav"), cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(import);
        Assert.Empty(SongKit.FilesIn(MediaFolder));
    }

    public void Dispose() => _kit.Dispose();

    private async Task<string> ProbeAsync(string path) =>
        (await _kit.Runner.RunFfprobeAsync(ProbeArguments.Build(path), CancellationToken.None)).Json;

    private void AssertRefused(Result<Song> result, string reason)
    {
        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.Invalid, result.Error.Kind);
        Assert.Contains(reason, result.Error.Message, StringComparison.Ordinal);
        Assert.Empty(SongKit.FilesIn(MediaFolder));
    }
}
