using ClipBot.Media;
using ClipBot.Media.Local;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClipBot.Bench;

/// <summary>The media pieces wired by hand with default options, as the host would wire them.</summary>
internal sealed class MediaKit : IDisposable
{
    public MediaKit(bool verbose = false)
    {
        var processes = new ProcessRunner(TimeProvider.System, Logger<ProcessRunner>(verbose));
        Runner = new FfmpegRunner(processes, Options.Create(new MediaOptions()), Logger<FfmpegRunner>(verbose));
        Generator = new LocalVideoGenerator(Runner, new CaptionFont(), TimeProvider.System, Logger<LocalVideoGenerator>(verbose));
    }

    public FfmpegRunner Runner { get; }

    public LocalVideoGenerator Generator { get; }

    public void Dispose() => Runner.Dispose();

    private static ILogger<T> Logger<T>(bool verbose) => verbose ? new ConsoleLogger<T>() : NullLogger<T>.Instance;
}
