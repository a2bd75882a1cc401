using ClipBot.Core.Takes;

namespace ClipBot.Core.Queue;

/// <summary>A job given up on, with the reason of its last failure.</summary>
public sealed record DeadLetter(TakeId TakeId, string OwnerId, string Reason, int Attempts, DateTimeOffset At);
