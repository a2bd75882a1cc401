using ClipBot.Core.Takes;

namespace ClipBot.Core.Queue;

/// <summary>
/// A worker's claim on a job until <see cref="ExpiresAt"/>. The token fences every later step: once a lease
/// has expired and the job was leased again, the old token no longer renews, completes or fails it.
/// </summary>
public sealed record JobLease(TakeId TakeId, string OwnerId, string Token, DateTimeOffset ExpiresAt, int Attempt);
