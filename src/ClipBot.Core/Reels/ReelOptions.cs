using System.ComponentModel.DataAnnotations;

namespace ClipBot.Core.Reels;

/// <summary>The <c>Reel</c> section: budgets and timings every reel shares.</summary>
public sealed class ReelOptions
{
    public const string SectionName = "Reel";

    /// <summary>How many takes one member may make for one slot while the reel is open (admins are exempt).</summary>
    [Range(1, 100)]
    public int TakesPerMemberPerSlot { get; set; } = 3;

    /// <summary>How long a change of winner waits before the cut is re-rendered, so a burst of votes makes one cut.</summary>
    [Range(0, 3600)]
    public int RecutDelaySeconds { get; set; } = 30;

    /// <summary>The credits card's length at the end of the cut.</summary>
    [Range(0, 30)]
    public double CreditsSeconds { get; set; } = 5;

    /// <summary>The chat upload cap the delivery renditions are budgeted for: Discord's default, 10 MiB.</summary>
    [Range(1_048_576, 1_073_741_824)]
    public long DeliveryCapBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How often the reel worker looks for scheduled phase changes and due re-cuts.</summary>
    [Range(0.05, 60)]
    public double PollSeconds { get; set; } = 1;
}
