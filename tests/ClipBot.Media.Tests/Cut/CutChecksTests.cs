using ClipBot.Media.Arguments;
using ClipBot.Media.Cut;

namespace ClipBot.Media.Tests.Cut;

/// <summary>The checks on their own, pointed at a take (60 frames at 30 fps, keyframes every 15) as if it were a cut.</summary>
[Collection(CutMediaCollection.Name)]
public sealed class CutChecksTests(CutMedia media)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FindProblemAsync_FileAsPlanned_FindsNothing(bool decodeEverything)
    {
        var plan = Plan((0, 30), (30, 15), (45, 15));
        var tuning = new CutTuning(DecodeCheck: decodeEverything ? CutDecodeCheck.Everything : CutDecodeCheck.Seams);

        var problem = await Checks().FindProblemAsync(Take(), plan, 30, null, tuning, CancellationToken.None);

        Assert.Null(problem);
    }

    [Fact]
    public async Task FindProblemAsync_OneFrameMoreThanPlanned_ReportsTheFrameCount()
    {
        var plan = Plan((0, 59));

        var problem = await Checks().FindProblemAsync(Take(), plan, 30, null, CutTuning.Default, CancellationToken.None);

        Assert.Equal("it has 60 frames, but the plan 59", problem);
    }

    [Fact]
    public async Task FindProblemAsync_SongOfAnotherLength_ReportsTheLengths()
    {
        var plan = Plan((0, 60));

        var problem = await Checks().FindProblemAsync(Take(), plan, 30, 2.5, CutTuning.Default, CancellationToken.None);

        Assert.Equal("it lasts 2 s, but the song 2.5 s", problem);
    }

    [Fact]
    public async Task FindProblemAsync_PieceNotOnAKeyframe_ReportsThePiece()
    {
        var plan = Plan((0, 20), (20, 40));

        var problem = await Checks().FindProblemAsync(Take(), plan, 30, null, CutTuning.Default, CancellationToken.None);

        Assert.Equal("the Shot piece at frame 20 does not start on a keyframe", problem);
    }

    private CutChecks Checks() => new(media.Runner);

    private string Take() => media.Media(CutMedia.VideoFile(1));

    private static CutPlan Plan(params (int Start, int Frames)[] pieces)
    {
        var cut = pieces.Select((p, i) => new CutPiece(PieceKind.Shot, i, 0, p.Frames, p.Frames, p.Start)).ToList();
        var total = pieces.Sum(p => p.Frames);
        return new CutPlan(cut, [], [new ChapterMark("all", 0, total)], total, 0);
    }
}
