using ClipBot.Media.Arguments;

namespace ClipBot.Media.Tests.Songs;

public sealed class SongArgumentsTests
{
    [Fact]
    public void SongImport_Build_FirstAudioStreamToStereo48kAacInTwoFaststartMp4s()
    {
        var arguments = SongImportArguments.Build("/up/My Song.mp3", "/media/.song.partial", "/media/.song-delivery.partial");

        Assert.Equal(
            "-hide_banner -nostdin -nostats -loglevel error -y -i file:/up/My Song.mp3 -map 0:a:0 -vn -sn -dn "
            + "-c:a aac -b:a 192k -ar 48000 -ac 2 -map_metadata -1 -fflags +bitexact -movflags +faststart -f mp4 file:/media/.song.partial "
            + "-map 0:a:0 -vn -sn -dn "
            + "-c:a aac -b:a 64k -ar 48000 -ac 2 -map_metadata -1 -fflags +bitexact -movflags +faststart -f mp4 file:/media/.song-delivery.partial",
            string.Join(' ', arguments));
    }

    [Fact]
    public void SongPcm_Build_MonoFloatSamplesAtTheGivenRate()
    {
        var arguments = SongPcmArguments.Build("/media/song-1.m4a", 11025, "/work/.beats.f32");

        Assert.Equal(
            "-hide_banner -nostdin -nostats -loglevel error -y -i file:/media/song-1.m4a -map 0:a:0 -vn -sn -dn "
            + "-ac 1 -ar 11025 -c:a pcm_f32le -f f32le file:/work/.beats.f32",
            string.Join(' ', arguments));
    }

    [Fact]
    public void SongImport_RelativePath_Throws()
    {
        var build = () => SongImportArguments.Build("-song.mp3", "/media/out.m4a", "/media/out-delivery.m4a");

        Assert.Throws<ArgumentException>(build);
    }

    [Fact]
    public void SongPcm_SampleRateTooLow_Throws()
    {
        var build = () => SongPcmArguments.Build("/media/song.m4a", 0, "/work/out.f32");

        Assert.Throws<ArgumentOutOfRangeException>(build);
    }
}
