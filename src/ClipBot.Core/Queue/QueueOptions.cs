using System.ComponentModel.DataAnnotations;

namespace ClipBot.Core.Queue;

/// <summary>Retries, fair share and quotas of the job queue.</summary>
public sealed class QueueOptions
{
    public const string SectionName = "Queue";

    /// <summary>Tries per job, the first included; a job that fails this often for passing reasons is dead-lettered.</summary>
    [Range(1, 20, ErrorMessage = "Queue:MaxAttempts must be from 1 to 20.")]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The delay before the first retry; each later retry waits twice as long, with jitter.</summary>
    [Range(0.1, 3600, ErrorMessage = "Queue:RetryBaseSeconds must be from 0.1 to 3600.")]
    public double RetryBaseSeconds { get; set; } = 2;

    /// <summary>The longest delay between retries.</summary>
    [Range(0.1, 86400, ErrorMessage = "Queue:RetryMaxSeconds must be from 0.1 to 86400.")]
    public double RetryMaxSeconds { get; set; } = 300;

    /// <summary>Jobs of one user running at once, across all workers; the rest wait their turn.</summary>
    [Range(1, 1000, ErrorMessage = "Queue:PerUserConcurrency must be from 1 to 1000.")]
    public int PerUserConcurrency { get; set; } = 2;

    /// <summary>Takes one user may queue per window; over it the take is refused with the time to come back.</summary>
    [Range(1, 100000, ErrorMessage = "Queue:QuotaPerWindow must be from 1 to 100000.")]
    public int QuotaPerWindow { get; set; } = 30;

    /// <summary>The sliding window of the quota.</summary>
    [Range(1, 10080, ErrorMessage = "Queue:QuotaWindowMinutes must be from 1 to 10080 (a week).")]
    public int QuotaWindowMinutes { get; set; } = 60;

    public TimeSpan QuotaWindow => TimeSpan.FromMinutes(QuotaWindowMinutes);
}
