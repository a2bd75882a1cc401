using ClipBot.Core.Results;
using ClipBot.Media.Ingest;

namespace ClipBot.Media.Tests.Ingest;

public sealed class SourceCheckTests
{
    [Theory]
    [InlineData("h264", "yuv420p", 0)]
    [InlineData("vp9", "yuv420p10le", 0)]
    [InlineData("hevc", "yuv420p", -90)]
    public void Check_AnyReadableVideoUnderTheLimits_IsAccepted(string codec, string pixelFormat, int rotation)
    {
        var probe = new ProbeInfo("matroska,webm", 4, new VideoStreamInfo(codec, pixelFormat, 640, 360, rotation));

        var checkedProbe = SourceCheck.Check(probe);

        Assert.Same(probe, checkedProbe.Value);
    }

    [Theory]
    [InlineData(null, "not a video")]
    [InlineData("no-video", "no video")]
    [InlineData("png", "still image")]
    [InlineData("no-duration", "not a video")]
    [InlineData("zero-size", "not a video")]
    [InlineData("long", "lasts 61.5 s")]
    public void Check_Unusable_IsInvalid(string? kind, string reason)
    {
        var video = new VideoStreamInfo("h264", "yuv420p", 640, 360, 0);
        var probe = kind switch
        {
            null => null,
            "no-video" => new ProbeInfo("mp3", 3, null, HasAudio: true),
            "png" => new ProbeInfo("png_pipe", null, video with { Codec = "png" }),
            "no-duration" => new ProbeInfo("mov,mp4", null, video),
            "zero-size" => new ProbeInfo("mov,mp4", 3, video with { Width = 0 }),
            _ => new ProbeInfo("mov,mp4", 61.5, video),
        };

        var checkedProbe = SourceCheck.Check(probe);

        Assert.Equal(ErrorKind.Invalid, checkedProbe.Error?.Kind);
        Assert.Contains(reason, checkedProbe.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSize_AtTheLimit_IsAccepted()
    {
        var error = SourceCheck.CheckSize(IngestLimits.MaxBytes);

        Assert.Null(error);
    }

    [Fact]
    public void CheckSize_OneByteOver_NamesTheLimit()
    {
        var error = SourceCheck.CheckSize(IngestLimits.MaxBytes + 1);

        Assert.Contains("at most 200 MB", error?.Message, StringComparison.Ordinal);
    }
}
