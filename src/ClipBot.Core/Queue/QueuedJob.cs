using ClipBot.Core.Takes;

namespace ClipBot.Core.Queue;

/// <summary>
/// One of a user's jobs as the queue sees it: running, waiting at a position (1 = next), or waiting to be
/// retried at a time.
/// </summary>
public sealed record QueuedJob(TakeId TakeId, bool Running, int? Position, DateTimeOffset? RetryAt);
