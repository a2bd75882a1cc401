using ClipBot.Core.Media;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Media.Ingest;

/// <summary>
/// Brings a generated file into the media folder as the take's faststart MP4 and poster JPEG, after
/// refusing what is not a usable video.
/// </summary>
internal sealed class FfmpegMediaIngest(FfmpegRunner runner, IOptions<DataOptions> data, ILogger<FfmpegMediaIngest> logger)
    : IMediaIngest
{
    public async Task<Result<TakeArtifacts>> IngestAsync(TakeId takeId, string sourcePath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourcePath);

        // The id becomes a file name; only ids TakeId itself could have made are safe as one.
        if (!TakeId.TryParse(takeId.Value, out _))
        {
            throw new ArgumentException($"'{takeId.Value}' is not a take id.", nameof(takeId));
        }

        var source = new FileInfo(Path.GetFullPath(sourcePath));
        if (!source.Exists)
        {
            throw new FileNotFoundException("The file to ingest does not exist.", source.FullName);
        }

        var decision = SourceCheck.CheckSize(source.Length) is { } tooBig
            ? tooBig
            : SourceCheck.Decide(await ProbeAsync(source.FullName, cancellationToken));
        if (!decision.IsSuccess)
        {
            logger.IngestRefused(takeId.Value, decision.Error.Message);
            return decision.Error;
        }

        var folder = data.Value.MediaPath;
        Directory.CreateDirectory(folder);
        var (videoName, posterName) = ($"{takeId.Value}.mp4", $"{takeId.Value}.jpg");
        using var partial = new PartialFiles(folder, logger);

        var video = partial.Create(videoName);
        var encode = decision.Value == IngestMode.Remux
            ? RemuxArguments.Build(source.FullName, video)
            : TranscodeArguments.Build(source.FullName, video);
        await runner.RunFfmpegAsync(encode, video, TimeSpan.Zero, null, cancellationToken);

        var written = await ProbeAsync(video, cancellationToken);
        if (written?.Video is null || written.DurationSeconds is not { } duration)
        {
            throw new MediaProcessingException($"ffmpeg wrote '{video}' for take {takeId.Value}, but ffprobe cannot read it back.");
        }

        var poster = partial.Create(posterName);
        await runner.RunFfmpegAsync(PosterArguments.Build(video, TimeSpan.FromSeconds(duration / 2), poster), poster, TimeSpan.Zero, null, cancellationToken);

        // The poster first: once the video is visible under its name, everything of the take is there.
        partial.Publish(poster, posterName);
        var bytes = new FileInfo(partial.Publish(video, videoName)).Length;

        logger.IngestCompleted(takeId.Value, decision.Value, written.Video.Width, written.Video.Height, duration, bytes);
        return new TakeArtifacts(videoName, posterName, written.Video.Width, written.Video.Height, duration, bytes);
    }

    private async Task<ProbeInfo?> ProbeAsync(string path, CancellationToken cancellationToken)
    {
        var output = await runner.RunFfprobeAsync(ProbeArguments.Build(path), cancellationToken);

        // ffprobe refusing a file is the answer "not media", not a fault.
        return output.ExitCode == 0 ? ProbeJsonParser.Parse(output.Json) : null;
    }
}
