using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>One member's pick between two takes of a slot.</summary>
public sealed record DuelPick(TakeId Winner, TakeId Loser, string VoterId, DateTimeOffset At);
