using ClipBot.Media.Arguments;

namespace ClipBot.Media.Tests.Arguments;

public sealed class ArgumentBuilderTests
{
    [Fact]
    public void File_AbsolutePath_GetsFileProtocol()
    {
        var argument = FfmpegArguments.File("/media/a:b.mp4");

        Assert.Equal("file:/media/a:b.mp4", argument);
    }

    [Fact]
    public void File_RelativePath_Throws()
    {
        var build = () => FfmpegArguments.File("-i.mp4");

        Assert.Throws<ArgumentException>(build);
    }

    [Fact]
    public void RenderBuild_Graph_IsOneArgumentAndOutputIsLast()
    {
        var arguments = RenderArguments.Build("color=c=red[out]", 120, 30, "/w/out.mp4");

        Assert.Equal("color=c=red[out]", After(arguments, "-filter_complex"));
        Assert.Equal("[out]", After(arguments, "-map"));
        Assert.Equal("120", After(arguments, "-frames:v"));
        Assert.Equal("30", After(arguments, "-r"));
        Assert.Equal("file:/w/out.mp4", arguments[^1]);
    }

    [Fact]
    public void RenderBuild_Output_IsDeterministicFaststartH264()
    {
        var arguments = RenderArguments.Build("nullsrc[out]", 30, 30, "/w/out.mp4");

        Assert.Equal("libx264", After(arguments, "-c:v"));
        Assert.Equal("yuv420p", After(arguments, "-pix_fmt"));
        Assert.Equal("+faststart", After(arguments, "-movflags"));
        Assert.Equal("+bitexact", After(arguments, "-fflags"));
        Assert.Equal("+bitexact", After(arguments, "-flags:v"));
        Assert.Equal("-1", After(arguments, "-map_metadata"));
        Assert.Equal("2", After(arguments, "-threads"));
        Assert.Equal("2", After(arguments, "-filter_complex_threads"));
        Assert.Equal("pipe:1", After(arguments, "-progress"));
        Assert.Contains("-nostdin", arguments);
    }

    [Fact]
    public void RenderBuild_ZeroFrames_Throws()
    {
        var build = () => RenderArguments.Build("nullsrc[out]", 0, 30, "/w/out.mp4");

        Assert.Throws<ArgumentOutOfRangeException>(build);
    }

    [Fact]
    public void ProbeBuild_Path_AsksForJsonFormatAndStreams()
    {
        var arguments = ProbeArguments.Build("/w/in.mp4");

        Assert.Equal("json", After(arguments, "-print_format"));
        Assert.Contains("-show_format", arguments);
        Assert.Contains("-show_streams", arguments);
        Assert.Equal("file:/w/in.mp4", arguments[^1]);
    }

    private static int IndexOf(IReadOnlyList<string> arguments, string flag) => arguments.ToList().IndexOf(flag);

    private static string After(IReadOnlyList<string> arguments, string flag)
    {
        var index = IndexOf(arguments, flag);
        Assert.True(index >= 0, $"{flag} is missing");
        return arguments[index + 1];
    }
}
