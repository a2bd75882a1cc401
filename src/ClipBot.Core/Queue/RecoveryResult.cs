using ClipBot.Core.Takes;

namespace ClipBot.Core.Queue;

/// <summary>What a recovery sweep did: jobs back in line, and jobs whose workers kept dying, given up on.</summary>
public sealed record RecoveryResult(int Requeued, IReadOnlyList<TakeId> DeadLettered);
