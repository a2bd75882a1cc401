using ClipBot.Media.Hosting;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClipBot.Media.Tests.Hosting;

public sealed class MediaToolCheckTests
{
    [Fact]
    public async Task FindProblemAsync_ToolsInstalled_ReturnsNull()
    {
        var check = Check(new MediaOptions());

        var problem = await check.FindProblemAsync(CancellationToken.None);

        Assert.Null(problem);
    }

    [Fact]
    public async Task FindProblemAsync_FfmpegMissing_SaysHowToFixIt()
    {
        var check = Check(new MediaOptions { FfmpegPath = "/nonexistent/ffmpeg" });

        var problem = await check.FindProblemAsync(CancellationToken.None);

        Assert.Equal("ffmpeg was not found at '/nonexistent/ffmpeg': install it (sudo apt-get install ffmpeg) or set Media:FfmpegPath.", problem);
    }

    [Fact]
    public async Task FindProblemAsync_FfprobeMissing_NamesItsKey()
    {
        var check = Check(new MediaOptions { FfprobePath = "no-such-ffprobe" });

        var problem = await check.FindProblemAsync(CancellationToken.None);

        Assert.Equal("ffprobe was not found at 'no-such-ffprobe': install it (sudo apt-get install ffmpeg) or set Media:FfprobePath.", problem);
    }

    [Fact]
    public async Task FindProblemAsync_ToolFailsToRun_ReportsTheExitCode()
    {
        var check = Check(new MediaOptions { FfmpegPath = "false" });

        var problem = await check.FindProblemAsync(CancellationToken.None);

        Assert.StartsWith("ffmpeg at 'false' failed to run (exit code 1)", problem, StringComparison.Ordinal);
    }

    private static MediaToolCheck Check(MediaOptions options) => new(
        new ProcessRunner(TimeProvider.System, NullLogger<ProcessRunner>.Instance),
        Options.Create(options),
        NullLogger<MediaToolCheck>.Instance);
}
