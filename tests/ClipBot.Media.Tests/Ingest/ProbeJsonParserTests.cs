using ClipBot.Media.Ingest;

namespace ClipBot.Media.Tests.Ingest;

public sealed class ProbeJsonParserTests
{
    [Fact]
    public void Parse_VideoWithAudio_ReadsTheVideoStream()
    {
        const string Json = """
            {"streams":[{"codec_type":"audio","codec_name":"aac"},
              {"codec_type":"video","codec_name":"h264","pix_fmt":"yuv420p","width":1280,"height":720,"duration":"4.000000",
               "side_data_list":[{"side_data_type":"Display Matrix","rotation":-90}]}],
             "format":{"format_name":"mov,mp4,m4a,3gp,3g2,mj2","duration":"4.010000"}}
            """;

        var probe = ProbeJsonParser.Parse(Json);

        Assert.NotNull(probe);
        Assert.Equal(4.01, probe.DurationSeconds);
        Assert.Equal(new VideoStreamInfo("h264", "yuv420p", 1280, 720, -90), probe.Video);
        Assert.True(probe.HasAudio);
    }

    [Fact]
    public void Parse_VideoOnly_HasNoAudio()
    {
        const string Json = """
            {"streams":[{"codec_type":"video","codec_name":"vp9","pix_fmt":"yuv420p","width":640,"height":360}],
             "format":{"format_name":"matroska,webm","duration":"2.5"}}
            """;

        var probe = ProbeJsonParser.Parse(Json);

        Assert.NotNull(probe);
        Assert.False(probe.HasAudio);
        Assert.Equal(2.5, probe.DurationSeconds);
    }

    [Fact]
    public void Parse_CoverArtOnly_HasNoVideo()
    {
        const string Json = """
            {"streams":[{"codec_type":"audio","codec_name":"mp3"},
              {"codec_type":"video","codec_name":"mjpeg","width":500,"height":500,"disposition":{"attached_pic":1}}],
             "format":{"format_name":"mp3","duration":"180.0"}}
            """;

        var probe = ProbeJsonParser.Parse(Json);

        Assert.NotNull(probe);
        Assert.Null(probe.Video);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void Parse_NotProbeOutput_ReturnsNull(string json)
    {
        var probe = ProbeJsonParser.Parse(json);

        Assert.Null(probe);
    }
}
