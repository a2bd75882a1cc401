using System.Globalization;
using ClipBot.Core.Cuts;
using ClipBot.Core.Media;
using ClipBot.Core.Songs;
using ClipBot.Core.Storage;
using ClipBot.Media.Arguments;
using ClipBot.Media.Cut;
using ClipBot.Media.Local;
using ClipBot.Media.Processes;
using ClipBot.Media.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClipBot.Media.Tests.Cut;

/// <summary>
/// Takes as ingest leaves them, made once for all cut tests: flat colours (so a frame tells which take it
/// came from) in the mezzanine's encoder settings, each with a delivery rendition.
/// </summary>
public sealed class CutMedia : IAsyncLifetime, IDisposable
{
    public const int TakeCount = 8;
    public const double TakeSeconds = 2.0;
    public const int DeliveryHeight = 90;

    public static readonly Canvas Canvas = new(320, 180, 30);

    // Far apart in RGB, so a blend of two is far from both.
    public static readonly (string Name, byte R, byte G, byte B)[] Colours =
    [
        ("red", 255, 0, 0), ("lime", 0, 255, 0), ("blue", 0, 0, 255), ("yellow", 255, 255, 0),
        ("magenta", 255, 0, 255), ("cyan", 0, 255, 255), ("white", 255, 255, 255), ("black", 0, 0, 0),
    ];

    private readonly TempFolder _folder = new();

    public CutMedia()
    {
        Data = new DataOptions { Path = _folder.File("data") };
        Processes = new ProcessRunner(TimeProvider.System, NullLogger<ProcessRunner>.Instance);
        Runner = new FfmpegRunner(Processes, Options.Create(new MediaOptions()), NullLogger<FfmpegRunner>.Instance);
    }

    public DataOptions Data { get; }

    public string MediaPath => Data.MediaPath;

    internal ProcessRunner Processes { get; }

    internal FfmpegRunner Runner { get; }

    /// <summary>What the renderers logged: a failed assertion prints it.</summary>
    internal CutLogs<FfmpegCutRenderer> Logs { get; } = new();

    internal FfmpegCutRenderer Renderer(CutTuning? tuning = null, MediaOptions? options = null) =>
        new(Runner, new CaptionFont(), Options.Create(Data), Options.Create(options ?? new MediaOptions()), TimeProvider.System, Logs, tuning);

    public string Media(string relative) => Path.Combine(MediaPath, relative);

    public static string TakeId(int take) => $"take{take}";

    public static string VideoFile(int take) => $"take{take}.mp4";

    public static string DeliveryFile(int take) => $"take{take}-delivery.mp4";

    /// <summary>A shot of take <paramref name="take"/>; the author and prompt carry characters that need escaping.</summary>
    public static CutShot Shot(int take, double seconds) => new(
        TakeId(take), VideoFile(take), DeliveryFile(take), seconds, $"Shot {Colours[take].Name}",
        $"@author{take}", $"a {Colours[take].Name} field: 100% \"%{{pts}}\" [0:v]; a, b", (uint)(take * 11));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(MediaPath);
        var delivery = new DeliveryRenditionSettings(Canvas, DeliveryHeight, 100_000);
        var mezzanine = new MezzanineSettings(Canvas);
        for (var take = 0; take < TakeCount; take++)
        {
            await EncodeAsync(take, mezzanine.Arguments, Canvas.Width, Canvas.Height, VideoFile(take));
            await EncodeAsync(take, delivery.Arguments, delivery.Width, delivery.Height, DeliveryFile(take));
        }
    }

    /// <summary>A sine tone stored as ingest stores songs: AAC in an M4A, in the media folder.</summary>
    public async Task<Song> SongAsync(double seconds)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"song-{seconds:0.###}.m4a");
        var path = Media(name);
        if (!File.Exists(path))
        {
            await Sources.LavfiAsync(
                Runner, path, string.Create(CultureInfo.InvariantCulture, $"sine=frequency=440:sample_rate=48000:duration={seconds}"),
                "-c:a", "aac", "-b:a", "64k", "-f", "mp4");
        }

        return new Song(name, seconds);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Runner.Dispose();
        _folder.Dispose();
    }

    private Task<string> EncodeAsync(int take, IReadOnlyList<string> encode, int width, int height, string name)
    {
        var (colour, _, _, _) = Colours[take];
        var frames = (int)Math.Round(TakeSeconds * Canvas.Fps);
        return Sources.LavfiAsync(
            Runner, Media(name), string.Create(CultureInfo.InvariantCulture, $"color=c={colour}:s={width}x{height}:r={Canvas.Fps}"),
            [.. encode, "-frames:v", frames.ToString(CultureInfo.InvariantCulture), .. EncodeSettings.Mp4]);
    }
}
