using ClipBot.Media.Arguments;

namespace ClipBot.Media.Tests.Cut;

public sealed class ConcatListTests
{
    [Fact]
    public void Build_TrimmedShot_SetsOutpointHalfAFrameEarlyAndTheExactDuration()
    {
        var entries = new[] { new ConcatEntry("/media/a.mp4", 0, 124, 0) };

        var script = ConcatList.Build(entries, 30);

        Assert.Equal(
            "ffconcat version 1.0\nfile 'file:/media/a.mp4'\noutpoint 4.116667\nduration 4.133333\n",
            script);
    }

    [Fact]
    public void Build_PieceAfterACrossfade_StartsOnItsKeyframe()
    {
        var entries = new[] { new ConcatEntry("/media/b.mp4", 15, 109, 147) };

        var script = ConcatList.Build(entries, 30);

        Assert.Contains("inpoint 0.500000\noutpoint 4.116667\nduration 3.633333\n", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ManyOddLengths_DurationsAddUpToTheTimelineExactly()
    {
        var entries = Enumerable.Range(0, 55).Select(i => new ConcatEntry("/m/x.mp4", 0, 133, i * 133)).ToList();

        var script = ConcatList.Build(entries, 30);

        var micros = script.Split('\n').Where(line => line.StartsWith("duration ", StringComparison.Ordinal))
            .Sum(line => (long)Math.Round(double.Parse(line[9..], System.Globalization.CultureInfo.InvariantCulture) * 1_000_000));
        Assert.Equal(ConcatTime.Micros(55 * 133, 30), micros);
    }

    [Fact]
    public void QuotePath_QuoteAndColonInName_AreQuotedForTheConcatScript()
    {
        var quoted = ConcatList.QuotePath("/media/it's a:b.mp4");

        Assert.Equal("'file:/media/it'\\''s a:b.mp4'", quoted);
    }

    [Theory]
    [InlineData("/media/a\nfile '/etc/passwd'.mp4")]
    [InlineData("/media/a\r.mp4")]
    [InlineData("relative.mp4")]
    public void QuotePath_LineBreakOrRelativePath_Throws(string path)
    {
        var quote = () => ConcatList.QuotePath(path);

        Assert.Throws<ArgumentException>(quote);
    }

    [Theory]
    [InlineData(0, "0.000000")]
    [InlineData(1, "0.033333")]
    [InlineData(125, "4.166667")]
    [InlineData(7260, "242.000000")]
    public void FrameSeconds_At30Fps_RoundsToTheMicrosecond(int frames, string expected)
    {
        var seconds = ConcatTime.FrameSeconds(frames, 30);

        Assert.Equal(expected, seconds);
    }

    [Fact]
    public void BeforeFrame_FirstFrameOfAShot_IsHalfAFrameEarlier()
    {
        var seconds = ConcatTime.BeforeFrame(125, 30);

        Assert.Equal("4.150000", seconds);
    }
}
