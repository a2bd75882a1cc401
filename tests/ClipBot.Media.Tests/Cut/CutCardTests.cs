using ClipBot.Core.Cuts;
using ClipBot.Media.Cut;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Cut;

/// <summary>Cuts of reels with empty slots: each shows a card for its slot, cut in like a take.</summary>
[Collection(CutMediaCollection.Name)]
public sealed class CutCardTests(CutMedia media) : IDisposable
{
    private const double Frame = 1.0 / 30;

    // Everything drawtext and the filter graph parsers treat specially, and a line break.
    private const string TrickyBrief = "a city: 100% \"%{pts}\" [0:v]; a, b \\ c 'quoted'\nat night";

    private readonly TempFolder _work = new();

    [Fact]
    public async Task RenderWithStatsAsync_CardBetweenTakesWithCrossfades_ShowsTheDarkCardForTheSlot()
    {
        var request = await MiddleCardRequestAsync("card-middle", CutRendition.Full);

        var (result, stats) = await media.Renderer().RenderWithStatsAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        Assert.Equal((1, 2), (stats.CardsRendered + stats.CardsReused, stats.TransitionsRendered + stats.TransitionsReused));
        var path = media.Media(result.Value.File);
        var probe = await CutProbe.ProbeAsync(media.Runner, path);
        Assert.InRange(CutProbe.Duration(probe), 5.0 - Frame, 5.0 + Frame);
        Assert.Equal(string.Empty, await CutProbe.DecodeErrorsAsync(media.Processes, path));
        Assert.Equal(["Shot red", "Shot 2", "Shot blue", CutPlanner.CreditsTitle], CutProbe.Chapters(probe).Select(chapter => chapter.Title));
        var frames = await CutProbe.FrameColoursAsync(media.Runner, path, _work.Path);
        Assert.Equal(150, frames.Count);
        Assert.True(CutProbe.Near(frames[22], FfmpegCutRendererTests.Rgb(0)), $"the take before the card shows {frames[22]}");
        AssertCard(frames.Skip(45 + 8).Take(45 - 15));
        Assert.True(CutProbe.Near(frames[90 + 22], FfmpegCutRendererTests.Rgb(2)), $"the take after the card shows {frames[90 + 22]}");
        Assert.False(IsDark(frames[45]), $"the crossfade into the card is {frames[45]}, not a blend");
    }

    [Fact]
    public async Task RenderAsync_DeliveryCutWithACard_DrawsTheCardAtTheTakesChatSize()
    {
        var request = await MiddleCardRequestAsync("card-delivery", CutRendition.Delivery);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        var path = media.Media(result.Value.File);
        var probe = await CutProbe.ProbeAsync(media.Runner, path);
        var video = CutProbe.Streams(probe, "video").Single();
        Assert.Equal((160, 90), (video.GetProperty("width").GetInt32(), video.GetProperty("height").GetInt32()));
        Assert.InRange(CutProbe.Duration(probe), 5.0 - Frame, 5.0 + Frame);
        Assert.Equal(string.Empty, await CutProbe.DecodeErrorsAsync(media.Processes, path));
        AssertCard((await CutProbe.FrameColoursAsync(media.Runner, path, _work.Path)).Skip(45 + 8).Take(45 - 15));
    }

    [Fact]
    public async Task RenderAsync_OnlyCardsWithSongAndCrossfades_PlaysACardForEverySlot()
    {
        var shots = new[] { CutShot.Card("only-1", 1.0, string.Empty, TrickyBrief), CutShot.Card("only-2", 1.5, "The chorus", null) };
        var request = new CutRequest(
            "cards-only", shots, await media.SongAsync(3.0), CutMedia.Canvas, CutRendition.Full, TransitionSeconds: 0.5, CreditsSeconds: 0.5);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        var path = media.Media(result.Value.File);
        var probe = await CutProbe.ProbeAsync(media.Runner, path);
        Assert.InRange(CutProbe.Duration(probe), 3.0 - Frame, 3.0 + Frame);
        Assert.Equal("aac", CutProbe.Streams(probe, "audio").Single().GetProperty("codec_name").GetString());
        Assert.Equal(string.Empty, await CutProbe.DecodeErrorsAsync(media.Processes, path));
        Assert.Equal(["Shot 1", "The chorus", CutPlanner.CreditsTitle], CutProbe.Chapters(probe).Select(chapter => chapter.Title));
        var frames = await CutProbe.FrameColoursAsync(media.Runner, path, _work.Path);
        Assert.Equal(90, frames.Count);
        Assert.All(frames, frame => Assert.True(IsDark(frame), $"{frame} is not a dark card"));
    }

    [Fact]
    public async Task RenderAsync_OnlyCardsDeliveryWithoutSong_UsesTheDeliveryRenditionsDefaults()
    {
        var shots = new[] { CutShot.Card("silent-1", 1.0, "Shot 1", "the intro"), CutShot.Card("silent-2", 1.2, "Shot 2", string.Empty) };
        var request = new CutRequest("cards-only-delivery", shots, null, CutMedia.Canvas, CutRendition.Delivery, CreditsSeconds: 0);
        var expected = PieceFormat.ForRendition(CutMedia.Canvas, CutRendition.Delivery);

        var result = await media.Renderer().RenderAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        var path = media.Media(result.Value.File);
        var probe = await CutProbe.ProbeAsync(media.Runner, path);
        var video = CutProbe.Streams(probe, "video").Single();
        Assert.Equal((expected.Width, expected.Height), (video.GetProperty("width").GetInt32(), video.GetProperty("height").GetInt32()));
        Assert.Empty(CutProbe.Streams(probe, "audio"));
        Assert.InRange(CutProbe.Duration(probe), 2.2 - Frame, 2.2 + Frame);
        Assert.Equal(string.Empty, await CutProbe.DecodeErrorsAsync(media.Processes, path));
    }

    [Fact]
    public async Task RenderWithStatsAsync_SameCutAgain_ReusesTheCardAndTheCrossfadesBesideIt()
    {
        var request = await MiddleCardRequestAsync("card-again", CutRendition.Full, title: "Shot again");
        var renderer = media.Renderer();
        var first = await renderer.RenderWithStatsAsync(request, CancellationToken.None);
        Assert.True(first.Result.IsSuccess, first.Result.Error?.Message + media.Logs);

        var (result, stats) = await renderer.RenderWithStatsAsync(request, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        Assert.Equal((1, 0), (first.Stats.CardsRendered, first.Stats.CardsReused));
        Assert.Equal((0, 1), (stats.CardsRendered, stats.CardsReused));
        Assert.Equal((0, 2, false), (stats.TransitionsRendered, stats.TransitionsReused, stats.CreditsRendered));
    }

    [Fact]
    public async Task RenderWithStatsAsync_SlotFilledByATake_PlaysTheTakeAndNoCard()
    {
        var renderer = media.Renderer();
        var empty = await MiddleCardRequestAsync("card-filled", CutRendition.Full, title: "Shot filled");
        var first = await renderer.RenderWithStatsAsync(empty, CancellationToken.None);
        Assert.True(first.Result.IsSuccess, first.Result.Error?.Message + media.Logs);
        var filled = empty with { Shots = [empty.Shots[0], CutMedia.Shot(1, 1.5), empty.Shots[2]] };

        var (result, stats) = await renderer.RenderWithStatsAsync(filled, CancellationToken.None);

        Assert.True(result.IsSuccess, result.Error?.Message + media.Logs);
        Assert.Equal((0, 0, 2), (stats.CardsRendered, stats.CardsReused, stats.TransitionsRendered));
        var frames = await CutProbe.FrameColoursAsync(media.Runner, media.Media(result.Value.File), _work.Path);
        Assert.True(CutProbe.Near(frames[45 + 22], FfmpegCutRendererTests.Rgb(1)), $"the filled slot shows {frames[45 + 22]}");
    }

    public void Dispose() => _work.Dispose();

    private static bool IsDark((byte R, byte G, byte B) frame) => frame.R < 80 && frame.G < 80 && frame.B < 80;

    private static void AssertCard(IEnumerable<(byte R, byte G, byte B)> frames)
    {
        var card = frames.ToList();
        Assert.NotEmpty(card);
        Assert.All(card, frame => Assert.True(IsDark(frame), $"{frame} is not a dark card"));
    }

    /// <summary>A take, an empty slot and a take, 1.5 s each, with 0.5 s crossfades, half a second of credits and a song of 5 s.</summary>
    private async Task<CutRequest> MiddleCardRequestAsync(string cutId, CutRendition rendition, string title = "Shot 2")
    {
        var shots = new[] { CutMedia.Shot(0, 1.5), CutShot.Card($"{cutId}-2", 1.5, title, TrickyBrief), CutMedia.Shot(2, 1.5) };
        return new CutRequest(cutId, shots, await media.SongAsync(5.0), CutMedia.Canvas, rendition, TransitionSeconds: 0.5, CreditsSeconds: 0.5);
    }
}
