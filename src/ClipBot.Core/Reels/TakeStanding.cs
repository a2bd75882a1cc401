using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>A finished take of a slot, its votes, and its Bradley–Terry score when the reel ranks by duels.</summary>
public sealed record TakeStanding(Take Take, long Votes, double? DuelScore);
