using ClipBot.Core.Takes;

namespace ClipBot.Core.Queue;

/// <summary>A job to queue: the take to make and the user it belongs to, whose turn and cap it counts against.</summary>
public sealed record JobRequest(TakeId TakeId, string OwnerId);
