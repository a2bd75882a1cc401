using ClipBot.Media.Songs;

namespace ClipBot.Media.Tests.Songs;

public sealed class SongProbeParserTests
{
    [Fact]
    public void Parse_Mp3WithCoverArt_AudioAndNoMovingPicture()
    {
        const string json = """
            {
              "streams": [
                { "index": 0, "codec_name": "mp3", "codec_type": "audio", "duration": "181.000000" },
                { "index": 1, "codec_name": "mjpeg", "codec_type": "video", "disposition": { "attached_pic": 1 } }
              ],
              "format": { "format_name": "mp3", "duration": "181.041633" }
            }
            """;

        var probe = SongProbeParser.Parse(json);

        Assert.Equal(new SongProbe("mp3", 181.041633, "mp3", HasPicture: false), probe);
    }

    [Fact]
    public void Parse_VideoOnly_NoAudioCodecAndAPicture()
    {
        const string json = """
            {
              "streams": [ { "codec_name": "h264", "codec_type": "video", "disposition": { "attached_pic": 0 } } ],
              "format": { "format_name": "mov,mp4,m4a,3gp,3g2,mj2", "duration": "1.0" }
            }
            """;

        var probe = SongProbeParser.Parse(json);

        Assert.Equal(new SongProbe("mov,mp4,m4a,3gp,3g2,mj2", 1.0, null, HasPicture: true), probe);
    }

    [Fact]
    public void Parse_NoFormatDuration_TakesTheStreams()
    {
        const string json = """
            { "streams": [ { "codec_name": "opus", "codec_type": "audio", "duration": "12.5" } ], "format": { "format_name": "ogg" } }
            """;

        var probe = SongProbeParser.Parse(json);

        Assert.Equal(12.5, probe?.DurationSeconds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\n\n}")]
    [InlineData("[1, 2]")]
    [InlineData("not json at all")]
    public void Parse_NotFfprobeJson_Null(string json)
    {
        var probe = SongProbeParser.Parse(json);

        Assert.Null(probe);
    }
}
