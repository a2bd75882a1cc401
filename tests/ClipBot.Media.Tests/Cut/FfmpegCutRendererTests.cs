using ClipBot.Core.Cuts;
using ClipBot.Core.Songs;
using ClipBot.Media.Cut;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Cut;

[Collection(CutMediaCollection.Name)]
public sealed class FfmpegCutRendererTests(CutMedia media) : IDisposable
{
    private const double Frame = 1.0 / 30;
    private static readonly double[] PlainSeconds = [1.0, 0.8, 1.2, 1.0, 0.9, 1.1];

    private readonly TempFolder _work = new();

    [Fact]
    public async Task RenderAsync_PlainCutWithSong_LastsAsLongAsTheSongAndDecodesCleanly()
    {
        var request = await PlainRequestAsync("plain-song");

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        var path = media.Media(result.Value.File);
        var probe = await CutProbe.ProbeAsync(media.Runner, path);
        Assert.InRange(CutProbe.Duration(probe), 7.0 - Frame, 7.0 + Frame);
        Assert.InRange(result.Value.DurationSeconds, 7.0 - Frame, 7.0 + Frame);
        Assert.Equal(new FileInfo(path).Length, result.Value.Bytes);
        Assert.Equal("aac", CutProbe.Streams(probe, "audio").Single().GetProperty("codec_name").GetString());
        Assert.Equal(320, CutProbe.Streams(probe, "video").Single().GetProperty("width").GetInt32());
        Assert.Equal(string.Empty, await CutProbe.DecodeErrorsAsync(media.Processes, path));
        var boxes = Mp4Boxes.TopLevel(path).ToList();
        Assert.True(boxes.IndexOf("moov") < boxes.IndexOf("mdat"), string.Join(",", boxes));
    }

    [Fact]
    public async Task RenderAsync_PlainCut_ChaptersStartWhereTheShotsStart()
    {
        var request = await PlainRequestAsync("plain-chapters");

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        var chapters = CutProbe.Chapters(await CutProbe.ProbeAsync(media.Runner, media.Media(result.Value.File)));
        var starts = PlainSeconds.Select((_, i) => PlainSeconds.Take(i).Sum()).Append(6.0).ToList();
        Assert.Equal(7, chapters.Count);
        for (var i = 0; i < chapters.Count; i++)
        {
            Assert.InRange(chapters[i].Start, starts[i] - 0.001, starts[i] + 0.001);
        }

        Assert.Equal("Shot red", chapters[0].Title);
        Assert.Equal(CutPlanner.CreditsTitle, chapters[^1].Title);
    }

    [Fact]
    public async Task RenderAsync_PlainCut_EachShotShowsItsOwnTake()
    {
        var request = await PlainRequestAsync("plain-colours");

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        var frames = await CutProbe.FrameColoursAsync(media.Runner, media.Media(result.Value.File), _work.Path);
        Assert.Equal(210, frames.Count);
        var start = 0.0;
        for (var take = 0; take < PlainSeconds.Length; take++)
        {
            var middle = (int)((start + (PlainSeconds[take] / 2)) * 30);
            var (_, r, g, b) = CutMedia.Colours[take];
            Assert.True(CutProbe.Near(frames[middle], (r, g, b)), $"shot {take + 1} at frame {middle} is {frames[middle]}");
            start += PlainSeconds[take];
        }
    }

    [Fact]
    public async Task RenderWithStatsAsync_Crossfades_BlendAtTheSeamsAndKeepTheLength()
    {
        var request = await CrossfadeRequestAsync("fade-seams", [0, 1, 2, 3]);

        var (result, stats) = await media.Renderer().RenderWithStatsAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        Assert.Equal(3, stats.TransitionsRendered + stats.TransitionsReused);
        var path = media.Media(result.Value.File);
        Assert.InRange(CutProbe.Duration(await CutProbe.ProbeAsync(media.Runner, path)), 6.5 - Frame, 6.5 + Frame);
        Assert.Equal(string.Empty, await CutProbe.DecodeErrorsAsync(media.Processes, path));
        var frames = await CutProbe.FrameColoursAsync(media.Runner, path, _work.Path);
        Assert.Equal(195, frames.Count);
        for (var seam = 1; seam < 4; seam++)
        {
            var (left, right) = (Rgb(seam - 1), Rgb(seam));
            Assert.True(CutProbe.Near(frames[(seam * 45) - 22], left), $"before seam {seam}: {frames[(seam * 45) - 22]}");
            Assert.True(CutProbe.Near(frames[(seam * 45) + 22], right), $"after seam {seam}: {frames[(seam * 45) + 22]}");
            var blended = frames[seam * 45];
            Assert.False(CutProbe.Near(blended, left) || CutProbe.Near(blended, right), $"seam {seam} is {blended}, not a blend");
        }
    }

    [Fact]
    public async Task RenderWithStatsAsync_SameCutAgain_RendersNothing()
    {
        var request = await CrossfadeRequestAsync("fade-again", [5, 0, 3, 6]);
        var renderer = media.Renderer();
        var first = await renderer.RenderWithStatsAsync(request, CancellationToken.None);
        Assert.True(first.Result.IsSuccess, first.Result.Error?.Message + media.Logs);

        var (result, stats) = await renderer.RenderWithStatsAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        Assert.Equal((0, 3, 0, false), (stats.TransitionsRendered, stats.TransitionsReused, stats.TransitionRuns, stats.CreditsRendered));
    }

    [Fact]
    public async Task RenderWithStatsAsync_OneShotSwapped_RendersOnlyItsTwoTransitions()
    {
        var renderer = media.Renderer();
        var first = await renderer.RenderWithStatsAsync(await CrossfadeRequestAsync("fade-swap", [3, 2, 1, 0]), CancellationToken.None);
        Assert.True(first.Result.IsSuccess, first.Result.Error?.Message + media.Logs);

        var (result, stats) = await renderer.RenderWithStatsAsync(await CrossfadeRequestAsync("fade-swap", [3, 4, 1, 0]), CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        Assert.Equal((2, 1), (stats.TransitionsRendered, stats.TransitionsReused));
        var frames = await CutProbe.FrameColoursAsync(media.Runner, media.Media(result.Value.File), _work.Path);
        Assert.True(CutProbe.Near(frames[45 + 22], Rgb(4)), $"the swapped shot shows {frames[45 + 22]}");
    }

    [Fact]
    public async Task RenderWithStatsAsync_CacheOverItsCap_KeepsOnlyTheLatestCutsPiecesAndReusesThem()
    {
        // No room at all (the options allow no less than 16 MiB; these pieces are a few KB): only the latest cut's stay.
        var renderer = media.Renderer(options: new MediaOptions { CutCacheMegabytes = 0 });
        var first = await renderer.RenderWithStatsAsync(await CrossfadeRequestAsync("trim-first", [0, 1, 2, 3]), CancellationToken.None);
        Assert.True(first.Result.IsSuccess, first.Result.Error?.Message + media.Logs);
        var firstPieces = CachedPieces();
        var latest = await CrossfadeRequestAsync("trim-latest", [4, 5, 6, 7]);
        var second = await renderer.RenderWithStatsAsync(latest, CancellationToken.None);
        Assert.True(second.Result.IsSuccess, second.Result.Error?.Message + media.Logs);
        var latestPieces = CachedPieces();

        var (result, stats) = await renderer.RenderWithStatsAsync(latest, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        Assert.Equal(4, firstPieces.Count);
        Assert.Equal(4, latestPieces.Count);
        Assert.Empty(firstPieces.Intersect(latestPieces));
        Assert.Equal(latestPieces, CachedPieces());
        Assert.Equal((0, 3, false), (stats.TransitionsRendered, stats.TransitionsReused, stats.CreditsRendered));
    }

    public void Dispose() => _work.Dispose();

    internal static (byte R, byte G, byte B) Rgb(int take) => (CutMedia.Colours[take].R, CutMedia.Colours[take].G, CutMedia.Colours[take].B);

    /// <summary>The crossfades and credits cards in the cache, in path order.</summary>
    private List<string> CachedPieces()
    {
        var folders = new CutFolders(media.MediaPath);
        return [.. Directory.EnumerateFiles(folders.Transitions, "*.mp4")
            .Concat(Directory.EnumerateFiles(folders.AllCredits, "*.mp4", SearchOption.AllDirectories))
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)];
    }

    private async Task<CutRequest> PlainRequestAsync(string cutId)
    {
        var shots = PlainSeconds.Select((seconds, take) => CutMedia.Shot(take, seconds)).ToList();
        return new CutRequest(cutId, shots, await media.SongAsync(7.0), CutMedia.Canvas, CutRendition.Full, CreditsSeconds: 1.0);
    }

    /// <summary>Four shots of 1.5 s with 0.5 s crossfades, half a second of credits, and a song of 6.5 s.</summary>
    private async Task<CutRequest> CrossfadeRequestAsync(string cutId, int[] takes)
    {
        var shots = takes.Select(take => CutMedia.Shot(take, 1.5)).ToList();
        Song song = await media.SongAsync(6.5);
        return new CutRequest(cutId, shots, song, CutMedia.Canvas, CutRendition.Full, TransitionSeconds: 0.5, CreditsSeconds: 0.5);
    }
}
