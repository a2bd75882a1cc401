using ClipBot.Core.Storage;
using ClipBot.Media;
using ClipBot.Media.Cut;
using ClipBot.Media.Ingest;
using ClipBot.Media.Local;
using ClipBot.Media.Processes;
using ClipBot.Media.Songs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClipBot.Bench.Scenarios;

/// <summary>The real ingest, song library and cut renderer, wired by hand over one data folder, as the host wires them.</summary>
internal sealed class CutBenchKit : IDisposable
{
    // The naive baselines run for minutes; the app's 120 s limit would kill them.
    private const int NaiveTimeoutSeconds = 1800;

    public CutBenchKit(string dataPath, bool verbose)
    {
        Verbose = verbose;
        Data = new DataOptions { Path = dataPath };
        var processes = new ProcessRunner(TimeProvider.System, Logger<ProcessRunner>());
        Runner = new FfmpegRunner(processes, Options.Create(new MediaOptions { TimeoutSeconds = NaiveTimeoutSeconds }), Logger<FfmpegRunner>());
        Ingest = new FfmpegMediaIngest(Runner, Options.Create(Data), Logger<FfmpegMediaIngest>());
        Songs = new FfmpegSongLibrary(Runner, Options.Create(Data), TimeProvider.System, Logger<FfmpegSongLibrary>());
    }

    public bool Verbose { get; }

    public DataOptions Data { get; }

    public FfmpegRunner Runner { get; }

    public FfmpegMediaIngest Ingest { get; }

    public FfmpegSongLibrary Songs { get; }

    public FfmpegCutRenderer Renderer(CutTuning? tuning = null) =>
        new(Runner, new CaptionFont(), Options.Create(Data), Options.Create(new MediaOptions()), TimeProvider.System, Logger<FfmpegCutRenderer>(), tuning);

    public void Dispose() => Runner.Dispose();

    private ILogger<T> Logger<T>() => Verbose ? new ConsoleLogger<T>() : NullLogger<T>.Instance;
}
