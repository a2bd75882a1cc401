using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>One member's current vote in one slot, and when they cast it.</summary>
public sealed record Ballot(int Slot, TakeId Take, string VoterId, DateTimeOffset At);
