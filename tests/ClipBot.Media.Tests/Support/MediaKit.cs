using ClipBot.Core.Storage;
using ClipBot.Media.Ingest;
using ClipBot.Media.Local;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClipBot.Media.Tests.Support;

/// <summary>The real media pieces, wired by hand against the ffmpeg on this machine.</summary>
internal sealed class MediaKit : IDisposable
{
    public MediaKit(string? dataPath = null, MediaOptions? options = null, TimeProvider? timeProvider = null, CaptionFont? font = null)
    {
        Processes = new ProcessRunner(timeProvider ?? TimeProvider.System, NullLogger<ProcessRunner>.Instance);
        Runner = new FfmpegRunner(Processes, Options.Create(options ?? new MediaOptions()), NullLogger<FfmpegRunner>.Instance);
        Generator = new LocalVideoGenerator(Runner, font ?? new CaptionFont(), TimeProvider.System, NullLogger<LocalVideoGenerator>.Instance);
        Data = new DataOptions { Path = dataPath ?? Path.GetTempPath() };
        Ingest = new FfmpegMediaIngest(Runner, Options.Create(Data), NullLogger<FfmpegMediaIngest>.Instance);
    }

    public ProcessRunner Processes { get; }

    public FfmpegRunner Runner { get; }

    public LocalVideoGenerator Generator { get; }

    public FfmpegMediaIngest Ingest { get; }

    public DataOptions Data { get; }

    public void Dispose() => Runner.Dispose();
}
