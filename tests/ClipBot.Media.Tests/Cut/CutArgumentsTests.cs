using ClipBot.Media.Arguments;

namespace ClipBot.Media.Tests.Cut;

public sealed class CutArgumentsTests
{
    [Fact]
    public void Build_WithSong_CopiesVideoAndSongAndTakesChaptersFromTheMetadataFile()
    {
        var arguments = CutArguments.Build("/w/cut.ffconcat", "/m/song.m4a", "/w/chapters.ffmeta", 242_000_000, "/m/out.partial");

        var line = string.Join(' ', arguments);
        Assert.Contains("-f concat -safe 0 -i file:/w/cut.ffconcat -i file:/m/song.m4a -f ffmetadata -i file:/w/chapters.ffmeta", line, StringComparison.Ordinal);
        Assert.Contains("-map 0:v:0 -map 1:a:0 -map_metadata 2 -map_chapters 2 -c copy -t 242.000000", line, StringComparison.Ordinal);
        Assert.EndsWith("-movflags +faststart -f mp4 file:/m/out.partial", line, StringComparison.Ordinal);
        Assert.DoesNotContain("-map_metadata -1", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Silent_MapsNoAudio()
    {
        var arguments = CutArguments.Build("/w/cut.ffconcat", null, "/w/chapters.ffmeta", 2_000_000, "/m/out.partial");

        var line = string.Join(' ', arguments);
        Assert.Contains("-map 0:v:0 -map_metadata 1 -map_chapters 1", line, StringComparison.Ordinal);
        Assert.DoesNotContain("a:0", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Seams_ThreePieces_ReadsTwoFramesFromEachStartAndDecodesOnlyTheVideo()
    {
        var arguments = CutCheckArguments.Seams("/m/cut.mp4", [0, 4_133_333, 4_900_000], 2);

        Assert.Equal(
            "-hide_banner -loglevel error -read_intervals 0.000000%+#2,4.133333%+#2,4.900000%+#2 -select_streams v:0 -show_entries frame=key_frame -of csv=p=0 file:/m/cut.mp4",
            string.Join(' ', arguments));
    }

    [Fact]
    public void Video_MezzanineSettings_KeepHeadersDropKeyframeForcingAndAddRateControl()
    {
        var arguments = CutEncodeArguments.Video(1280, 720, 30, ["-b:v", "234k", "-maxrate", "260k", "-bufsize", "130k"]);

        var line = string.Join(' ', arguments);
        Assert.Contains("-c:v libx264", line, StringComparison.Ordinal);
        Assert.Contains("stitchable=1:open-gop=0", line, StringComparison.Ordinal);
        Assert.Contains("-preset " + MezzanineSettings.Preset, line, StringComparison.Ordinal);
        Assert.Contains("-b:v 234k -maxrate 260k -bufsize 130k -forced-idr 1", line, StringComparison.Ordinal);
        Assert.DoesNotContain("-force_key_frames", line, StringComparison.Ordinal);
        Assert.DoesNotContain("-video_track_timescale", line, StringComparison.Ordinal);
        Assert.Equal("15360", CutEncodeArguments.Timescale(1280, 720, 30));
    }

    [Fact]
    public void Graph_OneCrossfade_HoldsTheEdgesAndBlendsCentredOnTheCut()
    {
        var source = new TransitionSource("/m/a.mp4", 125, 7, "/m/b.mp4", 15, 15);

        var graph = TransitionArguments.Graph([source], 30);

        Assert.Equal(
            "[0:v]settb=1/30,setpts=N,trim=end_frame=7,tpad=stop_mode=clone:stop=-1,trim=end_frame=15," +
            "format=yuva420p,fade=t=out:st=0:d=0.500000:alpha=1[a0];" +
            "[1:v]settb=1/30,setpts=N,trim=end_frame=15,tpad=start_mode=clone:start=7[b0];" +
            "[b0][a0]overlay=eof_action=pass:format=yuv420,setsar=1[x0];" +
            "[x0]concat=n=1:v=1:a=0,settb=1/30,setpts=N,format=yuv420p[out]",
            graph);
    }

    [Fact]
    public void Build_ThreeCrossfades_SeeksEachLeftTakeAndSplitsOnForcedKeyframes()
    {
        var sources = Enumerable.Range(0, 3).Select(i => new TransitionSource($"/m/{i}.mp4", 125, 7, $"/m/{i + 1}.mp4", 15, 15)).ToList();

        var arguments = TransitionArguments.Build(sources, 30, ["-c:v", "libx264"], "15360", "/c/.batch-%04d.mp4");

        var line = string.Join(' ', arguments);
        Assert.Contains("-threads 1 -ss 4.150000 -t 0.266667 -i file:/m/0.mp4 -threads 1 -t 0.533333 -i file:/m/1.mp4", line, StringComparison.Ordinal);
        Assert.Contains("-frames:v 66 -c:v libx264 -force_key_frames 0.733333,1.466667", line, StringComparison.Ordinal);
        Assert.Contains("-f segment -segment_frames 22,44 -reset_timestamps 1 -segment_format mp4", line, StringComparison.Ordinal);
        Assert.EndsWith("-segment_format_options movflags=+faststart:video_track_timescale=15360 file:/c/.batch-%04d.mp4", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_Credits_ReadTheTextFromAFileWithExpansionOff()
    {
        var layout = new CreditsLayout(1280, 720, 30, 150);

        var graph = CreditsArguments.Graph("/w/it's [credits].txt", null, layout);

        Assert.StartsWith("color=c=black:s=1280x720:r=30,drawtext=font=Sans:textfile=", graph, StringComparison.Ordinal);
        Assert.Contains(FilterGraphEscaper.EscapeValue("/w/it's [credits].txt") + ":expansion=none", graph, StringComparison.Ordinal);
        Assert.Contains(":fontsize=25:", graph, StringComparison.Ordinal);
        Assert.Contains("clip((t-0.5)/4\\,0\\,1)", graph, StringComparison.Ordinal);
        Assert.EndsWith("setsar=1,format=yuv420p[out]", graph, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Credits_EncodesExactlyTheFramesAsAFaststartMp4()
    {
        var layout = new CreditsLayout(854, 480, 30, 150);

        var arguments = CreditsArguments.Build("/w/credits.txt", "/f/DejaVuSans.ttf", layout, ["-c:v", "libx264"], "15360", "/c/card.partial");

        var line = string.Join(' ', arguments);
        Assert.Contains("-map [out] -frames:v 150 -c:v libx264 -video_track_timescale 15360", line, StringComparison.Ordinal);
        Assert.EndsWith("-movflags +faststart -f mp4 file:/c/card.partial", line, StringComparison.Ordinal);
    }
}
