namespace ClipBot.Core.Commands.Reels;

/// <summary>How <c>/reel create</c> was asked to cut the song into slots; exactly one way is set.</summary>
internal sealed record ShotSpec(
    IReadOnlyList<double>? Durations = null,
    double? Bpm = null,
    int BarsPerShot = ShotSpec.DefaultBars,
    int? EqualSlots = null,
    double SilentSlotSeconds = ShotSpec.DefaultSilentSlotSeconds)
{
    public const int DefaultBars = 2;
    public const double DefaultSilentSlotSeconds = 4;
}
