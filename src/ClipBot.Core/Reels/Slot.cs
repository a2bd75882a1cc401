namespace ClipBot.Core.Reels;

/// <summary>One shot of the reel's song, which fans fill with takes. Index counts from 1.</summary>
/// <param name="Label">A section name ("verse 1", "chorus"), when the band gave one.</param>
/// <param name="Brief">What the band wants in this shot; added to every take's prompt for it.</param>
public sealed record Slot(int Index, double StartSeconds, double DurationSeconds, string? Label = null, string? Brief = null)
{
    public const int MaxBriefLength = 300;

    public double EndSeconds => StartSeconds + DurationSeconds;
}
