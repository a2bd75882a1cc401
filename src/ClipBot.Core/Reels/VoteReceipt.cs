using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>A counted vote: what it did, the take it moved from (on a change), and the slot's tally after it.</summary>
public sealed record VoteReceipt(VoteOutcome Outcome, TakeId? Previous, IReadOnlyDictionary<TakeId, long> Tally);
