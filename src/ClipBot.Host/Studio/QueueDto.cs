namespace ClipBot.Host.Studio;

internal sealed record QueueDto(long Waiting, long Running, long Retrying, int WorkerSlots, double? AverageSeconds, IReadOnlyList<QueuedJobDto> Jobs);
