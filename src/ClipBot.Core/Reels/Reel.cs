using ClipBot.Core.Chat;
using ClipBot.Core.Media;
using ClipBot.Core.Songs;

namespace ClipBot.Core.Reels;

/// <summary>A community video project: a song cut into slots, the takes fans make for them, and the votes that pick the cut.</summary>
public sealed record Reel
{
    public const int MaxNameLength = 80;

    public required ReelId Id { get; init; }
    public required string Name { get; init; }

    /// <summary>Null for a silent reel, which is as long as its slots.</summary>
    public Song? Song { get; init; }

    public required Canvas Canvas { get; init; }
    public required IReadOnlyList<Slot> Slots { get; init; }
    public StyleLock Style { get; init; } = StyleLock.None;
    public VotingRules Rules { get; init; } = VotingRules.Default;
    public ReelPhase Phase { get; init; } = ReelPhase.Open;

    /// <summary>The next phase change the bot makes by itself; null when none is set.</summary>
    public PhaseSchedule? Schedule { get; init; }

    /// <summary>Every channel, on any platform, the contest runs in; the first is where it was created.</summary>
    public required IReadOnlyList<ChannelRef> Channels { get; init; }

    public required ChatUser CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Crossfade length between shots of the cut; 0 for hard cuts.</summary>
    public double TransitionSeconds { get; init; }

    /// <summary>
    /// The credits card at the end of the cut. With a song, the slots end this long before the song does,
    /// so the card plays over the song's last seconds; a silent reel's card follows its last slot.
    /// </summary>
    public double CreditsSeconds { get; init; }

    public ReelCut? Cut { get; init; }

    /// <summary>Counts saves; a save that read an older version is refused, so concurrent edits never overwrite each other.</summary>
    public long Version { get; init; }

    public double DurationSeconds => Song?.DurationSeconds ?? ((Slots.Count == 0 ? 0 : Slots[^1].EndSeconds) + CreditsSeconds);

    /// <summary>The slot with this index (from 1), or null.</summary>
    public Slot? FindSlot(int index) => index >= 1 && index <= Slots.Count ? Slots[index - 1] : null;
}
