namespace ClipBot.Media.Ingest;

/// <summary>What ingest accepts: a take is one shot of a song, so a minute is already generous.</summary>
internal static class IngestLimits
{
    public const double MaxSeconds = 60;
    public const long MaxBytes = 200L * 1024 * 1024;
    public const int MaxMegabytes = (int)(MaxBytes / (1024 * 1024));
}
