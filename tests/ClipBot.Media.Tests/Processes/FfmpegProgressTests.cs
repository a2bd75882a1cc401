using ClipBot.Media.Processes;

namespace ClipBot.Media.Tests.Processes;

public sealed class FfmpegProgressTests
{
    [Theory]
    [InlineData("out_time_us=0", 0)]
    [InlineData("out_time_us=2000000", 50)]
    [InlineData("out_time_us=3999999", 99)]
    [InlineData("out_time_us=9000000", 99)]
    public void TryReadPercent_OutTime_IsShareOfExpectedDuration(string line, int expected)
    {
        var percent = FfmpegProgress.TryReadPercent(line, TimeSpan.FromSeconds(4));

        Assert.Equal(expected, percent);
    }

    [Theory]
    [InlineData("out_time_us=N/A")]
    [InlineData("frame=12")]
    [InlineData("progress=continue")]
    [InlineData("")]
    public void TryReadPercent_OtherLines_ReturnsNull(string line)
    {
        var percent = FfmpegProgress.TryReadPercent(line, TimeSpan.FromSeconds(4));

        Assert.Null(percent);
    }

    [Fact]
    public void TryReadPercent_NoExpectedDuration_ReturnsNull()
    {
        var percent = FfmpegProgress.TryReadPercent("out_time_us=1000", TimeSpan.Zero);

        Assert.Null(percent);
    }
}
