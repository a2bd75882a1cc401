using ClipBot.Core.Results;
using ClipBot.Media.Ingest;

namespace ClipBot.Media.Tests.Ingest;

public sealed class SourceCheckTests
{
    [Fact]
    public void Decide_H264Yuv420p_Remuxes()
    {
        var probe = new ProbeInfo("mov,mp4,m4a,3gp,3g2,mj2", 4, new VideoStreamInfo("h264", "yuv420p", 1280, 720, 0));

        var decision = SourceCheck.Decide(probe);

        Assert.Equal(IngestMode.Remux, decision.Value);
    }

    [Theory]
    [InlineData("hevc", "yuv420p", 0)]
    [InlineData("h264", "yuv444p", 0)]
    [InlineData("h264", "yuv420p10le", 0)]
    [InlineData("h264", "yuv420p", -90)]
    public void Decide_NotBrowserSafe_Transcodes(string codec, string pixelFormat, int rotation)
    {
        var probe = new ProbeInfo("matroska,webm", 4, new VideoStreamInfo(codec, pixelFormat, 640, 360, rotation));

        var decision = SourceCheck.Decide(probe);

        Assert.Equal(IngestMode.Transcode, decision.Value);
    }

    [Theory]
    [InlineData(null, "not a video")]
    [InlineData("no-video", "no video")]
    [InlineData("png", "still image")]
    [InlineData("no-duration", "not a video")]
    [InlineData("long", "lasts 61.5 s")]
    public void Decide_Unusable_IsInvalid(string? kind, string reason)
    {
        var video = new VideoStreamInfo("h264", "yuv420p", 640, 360, 0);
        var probe = kind switch
        {
            null => null,
            "no-video" => new ProbeInfo("mp3", 3, null),
            "png" => new ProbeInfo("png_pipe", null, video with { Codec = "png" }),
            "no-duration" => new ProbeInfo("mov,mp4", null, video),
            _ => new ProbeInfo("mov,mp4", 61.5, video),
        };

        var decision = SourceCheck.Decide(probe);

        Assert.Equal(ErrorKind.Invalid, decision.Error?.Kind);
        Assert.Contains(reason, decision.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSize_AtTheLimit_IsAccepted()
    {
        var error = SourceCheck.CheckSize(IngestLimits.MaxBytes);

        Assert.Null(error);
    }
}
