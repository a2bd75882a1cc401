using ClipBot.Media.Arguments;
using static ClipBot.Media.Tests.Arguments.ArgumentList;

namespace ClipBot.Media.Tests.Cut;

public sealed class SlotCardArgumentsTests
{
    private static readonly SlotCardLayout Landscape = new(1280, 720, 30, 132);

    [Fact]
    public void Graph_TitleAndBrief_ReadsBothFromFilesWithExpansionOff()
    {
        var graph = SlotCardArguments.Graph("/w/it's [title].txt", "/w/brief: a,b;c.txt", 2, null, Landscape);

        Assert.StartsWith("color=c=0x16181d:s=1280x720:r=30,drawtext=font=Sans:textfile=", graph, StringComparison.Ordinal);
        Assert.Contains(
            FilterGraphEscaper.EscapeValue("/w/it's [title].txt") + ":expansion=none:fontsize=86:fontcolor=white",
            graph,
            StringComparison.Ordinal);
        Assert.Contains(
            FilterGraphEscaper.EscapeValue("/w/brief: a,b;c.txt") + ":expansion=none:fontsize=32:fontcolor=0xb4b9c3:line_spacing=10",
            graph,
            StringComparison.Ordinal);
        Assert.EndsWith("setsar=1,format=yuv420p[out]", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_TitleAndTwoLinesOfBrief_CentresThemAsOneBlock()
    {
        var graph = SlotCardArguments.Graph("/w/title.txt", "/w/brief.txt", 2, null, Landscape);

        // 86 (title) + 32 (gap) + 2 × 32 + 10 (brief) = 192 high, so the title starts at (720 − 192) / 2.
        Assert.Contains(":x=(w-text_w)/2:y=264,", graph, StringComparison.Ordinal);
        Assert.Contains(":x=(w-text_w)/2:y=382,", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_NoBrief_DrawsTheTitleAloneInTheMiddle()
    {
        var graph = SlotCardArguments.Graph("/w/title.txt", null, 3, null, Landscape);

        Assert.Single(graph.Split("drawtext=", StringSplitOptions.None)[1..]);
        Assert.Contains(":x=(w-text_w)/2:y=317,", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_FontFile_IsEscapedForTheGraph()
    {
        var graph = SlotCardArguments.Graph("/w/title.txt", null, 0, "/f/odd: font's.ttf", Landscape);

        Assert.Contains("drawtext=fontfile=" + FilterGraphEscaper.EscapeValue("/f/odd: font's.ttf") + ":textfile=", graph, StringComparison.Ordinal);
        Assert.DoesNotContain("font=Sans", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Card_EncodesExactlyTheSlotsFramesWithAKeyframeEveryHalfSecond()
    {
        var encode = CutEncodeArguments.Video(1280, 720, 30, MezzanineSettings.RateControl);

        var arguments = SlotCardArguments.Build("/w/title.txt", "/w/brief.txt", 1, null, Landscape, encode, "15360", "/c/.card.partial");

        var line = string.Join(' ', arguments);
        Assert.DoesNotContain("-i", arguments);
        Assert.Equal("[out]", After(arguments, "-map"));
        Assert.Equal("132", After(arguments, "-frames:v"));
        Assert.Equal(StitchableH264.KeyframeGrid, After(arguments, "-force_key_frames"));
        Assert.Equal("expr:gte(t,n_forced*0.5)", StitchableH264.KeyframeGrid);
        Assert.Contains("-x264-params stitchable=1:open-gop=0", line, StringComparison.Ordinal);
        Assert.Contains("-crf 20 -forced-idr 1", line, StringComparison.Ordinal);
        Assert.Contains("-force_key_frames expr:gte(t,n_forced*0.5) -video_track_timescale 15360", line, StringComparison.Ordinal);
        Assert.EndsWith("-movflags +faststart -f mp4 file:/c/.card.partial", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Layout_SmallFrame_KeepsTheTypeReadable()
    {
        var layout = new SlotCardLayout(160, 90, 30, 30);

        Assert.Equal((12, 10, 10), (layout.TitleFontSize, layout.BriefFontSize, layout.Gap));
        Assert.Equal(22, layout.BriefMaxChars);

        // The longest brief still ends inside the frame: four lines of 10 px with 3 px between them.
        Assert.Equal((9, 31), (layout.TitleTop(SlotCardLayout.BriefMaxLines), layout.BriefTop(SlotCardLayout.BriefMaxLines)));
        Assert.True(layout.BriefTop(SlotCardLayout.BriefMaxLines) + (4 * 10) + (3 * 3) <= 90);
    }
}
