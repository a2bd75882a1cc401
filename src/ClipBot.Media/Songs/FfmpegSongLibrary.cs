using ClipBot.Core.Results;
using ClipBot.Core.Songs;
using ClipBot.Core.Storage;
using ClipBot.Media.Arguments;
using ClipBot.Media.Ingest;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Media.Songs;

/// <summary>
/// Keeps reels' songs: refuses what is not a song ClipBot takes, stores the rest once as AAC in the media
/// folder, and finds their beats from PCM that ffmpeg decodes.
/// </summary>
internal sealed class FfmpegSongLibrary(
    FfmpegRunner runner, IOptions<DataOptions> data, TimeProvider timeProvider, ILogger<FfmpegSongLibrary> logger)
    : ISongLibrary
{
    public async Task<Result<Song>> ImportAsync(string uploadPath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(uploadPath);
        var upload = new FileInfo(Path.GetFullPath(uploadPath));
        if (!upload.Exists)
        {
            throw new FileNotFoundException("The uploaded song does not exist.", upload.FullName);
        }

        // The size first: it costs nothing, and ffprobe need not be pointed at a huge file at all.
        if (SongCheck.CheckSize(upload.Length) is { } tooBig)
        {
            logger.SongRefused(tooBig.Message);
            return tooBig;
        }

        var probe = await ProbeAsync(upload.FullName, cancellationToken);
        var decision = SongCheck.Decide(probe);
        if (!decision.IsSuccess)
        {
            logger.SongRefused(decision.Error.Message);
            return decision.Error;
        }

        // A generated name: the uploader's file name is theirs to choose and never safe as a path.
        var folder = data.Value.MediaPath;
        Directory.CreateDirectory(folder);
        var id = Guid.NewGuid().ToString("N");
        var name = $"song-{id}.m4a";
        var deliveryName = $"song-{id}-delivery.m4a";
        using var partial = new PartialFiles(folder, logger);
        var output = partial.Create(name);
        var deliveryOutput = partial.Create(deliveryName);
        var arguments = SongImportArguments.Build(upload.FullName, output, deliveryOutput);
        await runner.RunFfmpegAsync(arguments, output, TimeSpan.Zero, null, cancellationToken);

        var written = await ProbeWrittenAsync(output, cancellationToken);
        await ProbeWrittenAsync(deliveryOutput, cancellationToken);

        // The delivery copy first: a song is only announced once both of its files are in place.
        partial.Publish(deliveryOutput, deliveryName);
        var bytes = new FileInfo(partial.Publish(output, name)).Length;
        logger.SongImported(name, probe?.FormatName ?? string.Empty, written, bytes);
        return new Song(name, written, deliveryName);
    }

    public async Task<Result<BeatGrid>> DetectBeatsAsync(Song song, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(song);
        var path = SongPath(song);
        var started = timeProvider.GetTimestamp();

        var work = data.Value.WorkPath;
        Directory.CreateDirectory(work);
        var samples = Path.Combine(work, $".beats-{Guid.NewGuid():N}.f32");
        float[][] registers;
        try
        {
            var decode = SongPcmArguments.Build(path, OnsetEnvelope.SampleRate, samples);
            await runner.RunFfmpegAsync(decode, samples, TimeSpan.Zero, null, cancellationToken);
            registers = await PcmEnvelopeReader.ReadAsync(samples, cancellationToken);
        }
        finally
        {
            DeleteScratch(samples);
        }

        var grid = BeatDetector.Detect(registers);
        var elapsedMs = (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
        if (grid is null)
        {
            logger.SongBeatNotFound(song.File, elapsedMs);
            return Error.Invalid("ClipBot found no steady beat in that song; give a BPM or the shot durations instead.");
        }

        logger.SongBeatsDetected(song.File, grid.Bpm, grid.Beats.Count, elapsedMs);
        return grid;
    }

    /// <summary>The song's file in the media folder; a name with a path in it is a caller's bug, not a song.</summary>
    private string SongPath(Song song)
    {
        if (string.IsNullOrEmpty(song.File) || Path.GetFileName(song.File) != song.File || song.File.StartsWith('.'))
        {
            throw new ArgumentException($"'{song.File}' is not the name of a song in the media folder.", nameof(song));
        }

        var path = Path.Combine(data.Value.MediaPath, song.File);
        return File.Exists(path) ? path : throw new FileNotFoundException("The song is not in the media folder.", path);
    }

    /// <summary>The length of a song ffmpeg has just written, which ffprobe must be able to read back.</summary>
    private async Task<double> ProbeWrittenAsync(string path, CancellationToken cancellationToken)
    {
        var written = await ProbeAsync(path, cancellationToken);
        return written?.AudioCodec is not null && written.DurationSeconds is > 0
            ? written.DurationSeconds.Value
            : throw new MediaProcessingException($"ffmpeg wrote the song '{path}', but ffprobe cannot read it back.");
    }

    private async Task<SongProbe?> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var output = await runner.RunFfprobeAsync(ProbeArguments.Build(path), cancellationToken);

        // ffprobe refusing a file is the answer "not audio", not a fault.
        return output.ExitCode == 0 ? SongProbeParser.Parse(output.Json) : null;
    }

    private void DeleteScratch(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException exception)
        {
            logger.SongScratchNotDeleted(exception, path);
        }
        catch (UnauthorizedAccessException exception)
        {
            logger.SongScratchNotDeleted(exception, path);
        }
    }
}
