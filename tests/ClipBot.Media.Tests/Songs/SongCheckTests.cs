using ClipBot.Media.Songs;

namespace ClipBot.Media.Tests.Songs;

public sealed class SongCheckTests
{
    [Theory]
    [InlineData("mp3", "mp3")]
    [InlineData("mov,mp4,m4a,3gp,3g2,mj2", "aac")]
    [InlineData("mov,mp4,m4a,3gp,3g2,mj2", "alac")]
    [InlineData("aac", "aac")]
    [InlineData("wav", "pcm_s24le")]
    [InlineData("flac", "flac")]
    [InlineData("ogg", "vorbis")]
    [InlineData("ogg", "opus")]
    public void Decide_AcceptedFormat_TheDuration(string format, string codec)
    {
        var probe = new SongProbe(format, 183.4, codec, HasPicture: false);

        var result = SongCheck.Decide(probe);

        Assert.True(result.IsSuccess, result.Error?.Message);
        Assert.Equal(183.4, result.Value);
    }

    [Fact]
    public void Decide_ExactlyFifteenMinutes_Accepted()
    {
        var probe = new SongProbe("flac", SongLimits.MaxSeconds, "flac", HasPicture: false);

        var result = SongCheck.Decide(probe);

        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    [Theory]
    [InlineData("mov,mp4,m4a,3gp,3g2,mj2", 4.0, null, true, "no audio in it")]
    [InlineData("tty", 1.0, null, false, "no audio in it")]
    [InlineData("mov,mp4,m4a,3gp,3g2,mj2", 4.0, "aac", true, "That is a video")]
    [InlineData("matroska,webm", 60.0, "opus", false, "does not take that audio format")]
    [InlineData("mp3", null, "mp3", false, "cannot tell how long")]
    [InlineData("mp3", 0.0, "mp3", false, "cannot tell how long")]
    [InlineData("mp3", double.PositiveInfinity, "mp3", false, "cannot tell how long")]
    [InlineData("wav", 901.7, "pcm_u8", false, "lasts 15:01; a song can last at most 15 minutes")]
    [InlineData("wav", 3725.0, "pcm_u8", false, "lasts 62:05")]
    public void Decide_NotASongClipBotTakes_RefusedWithTheReason(string format, double? seconds, string? codec, bool picture, string reason)
    {
        var probe = new SongProbe(format, seconds, codec, picture);

        var result = SongCheck.Decide(probe);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NoProbe_RefusedAsNotAudio()
    {
        SongProbe? probe = null;

        var result = SongCheck.Decide(probe);

        Assert.False(result.IsSuccess);
        Assert.Equal("That file is not audio ClipBot can read; send the song as mp3, m4a, wav, flac or ogg.", result.Error.Message);
    }

    [Fact]
    public void CheckSize_AtTheLimit_Accepted()
    {
        var bytes = SongLimits.MaxBytes;

        var error = SongCheck.CheckSize(bytes);

        Assert.Null(error);
    }

    [Fact]
    public void CheckSize_OverTheLimit_RefusedNamingBothSizes()
    {
        var bytes = 73L * 1024 * 1024;

        var error = SongCheck.CheckSize(bytes);

        Assert.NotNull(error);
        Assert.Equal("That file is 73 MB; a song can be at most 50 MB.", error.Message);
    }
}
