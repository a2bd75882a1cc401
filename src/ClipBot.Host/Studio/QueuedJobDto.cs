using ClipBot.Core.Queue;
using ClipBot.Core.Takes;

namespace ClipBot.Host.Studio;

/// <summary>One of the user's jobs: running with progress, waiting with position and ETA, or waiting to retry.</summary>
internal sealed record QueuedJobDto(
    string TakeId,
    string State,
    int? Position,
    double? EtaSeconds,
    DateTimeOffset? RetryAt,
    int Progress,
    string? Prompt)
{
    public static QueuedJobDto From(QueuedJob job, Take? take, QueueStatus status)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(status);
        var state = job.Running ? "running" : job.RetryAt is not null ? "retrying" : "waiting";
        var eta = job.Position is { } position ? status.ReadyIn(position) : null;
        return new QueuedJobDto(job.TakeId.Value, state, job.Position, eta?.TotalSeconds, job.RetryAt, take?.Progress ?? 0, take?.Parameters.Prompt);
    }
}
