using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>A counted vote: what it did, the take it moved from (on a change), and the voted take's votes after it.</summary>
/// <remarks>
/// Not the slot's whole tally: reading it back on every vote cost more server time than the vote itself, and
/// the re-cut compares the winners when it runs instead (see <see cref="ReelCutter"/>).
/// </remarks>
public sealed record VoteReceipt(VoteOutcome Outcome, TakeId? Previous, long Votes);
