using ClipBot.Core.Storage;
using ClipBot.Media.Processes;
using ClipBot.Media.Songs;
using ClipBot.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClipBot.Media.Tests.Songs;

/// <summary>The song library wired by hand against this machine's ffmpeg, in a data folder of its own.</summary>
internal sealed class SongKit : IDisposable
{
    private readonly TempFolder _folder = new();

    public SongKit()
    {
        var processes = new ProcessRunner(TimeProvider.System, NullLogger<ProcessRunner>.Instance);
        Runner = new FfmpegRunner(processes, Options.Create(new MediaOptions()), NullLogger<FfmpegRunner>.Instance);
        Data = new DataOptions { Path = _folder.File("data") };
        Library = new FfmpegSongLibrary(Runner, Options.Create(Data), TimeProvider.System, NullLogger<FfmpegSongLibrary>.Instance);
    }

    public FfmpegRunner Runner { get; }

    public DataOptions Data { get; }

    public FfmpegSongLibrary Library { get; }

    /// <summary>A path for a test's source file, outside the data folder.</summary>
    public string Upload(string name) => _folder.File(name);

    public static string[] FilesIn(string folder) => Directory.Exists(folder)
        ? Directory.GetFiles(folder).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToArray()
        : [];

    public void Dispose()
    {
        Runner.Dispose();
        _folder.Dispose();
    }
}
