namespace ClipBot.Media.Songs;

/// <summary>What a song upload may be: a long DJ set or a lossless album would only fill the disk.</summary>
internal static class SongLimits
{
    public const double MaxSeconds = 15 * 60;
    public const int MaxMegabytes = 50;
    public const long MaxBytes = MaxMegabytes * 1024L * 1024;
}
