using ClipBot.Core.Takes;

namespace ClipBot.Bench.Scenarios;

/// <summary>One vote the benchmark casts: a member's pick of a take in a slot.</summary>
internal sealed record VotesCall(string VoterId, int Slot, TakeId Take);
