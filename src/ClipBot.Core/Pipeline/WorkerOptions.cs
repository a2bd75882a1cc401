using System.ComponentModel.DataAnnotations;

namespace ClipBot.Core.Pipeline;

/// <summary>How a worker process takes jobs.</summary>
public sealed class WorkerOptions
{
    public const string SectionName = "Workers";

    /// <summary>Whether this process takes jobs at all; the host turns it off for a web-only role.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Jobs this process runs at once.</summary>
    [Range(1, 64, ErrorMessage = "Workers:Concurrency must be from 1 to 64.")]
    public int Concurrency { get; set; } = 1;

    /// <summary>How long a lease lasts without a heartbeat; a crashed worker's job comes back after this.</summary>
    [Range(5, 3600, ErrorMessage = "Workers:LeaseSeconds must be from 5 to 3600.")]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How often expired leases are looked for.</summary>
    [Range(1, 600, ErrorMessage = "Workers:RecoveryIntervalSeconds must be from 1 to 600.")]
    public int RecoveryIntervalSeconds { get; set; } = 10;

    /// <summary>The longest an idle worker sleeps between looks at the queue when no wake-up arrives.</summary>
    [Range(1, 600, ErrorMessage = "Workers:IdlePollSeconds must be from 1 to 600.")]
    public int IdlePollSeconds { get; set; } = 5;

    /// <summary>At shutdown, how long running jobs may go on before they are stopped and given back to the queue.</summary>
    [Range(0, 3600, ErrorMessage = "Workers:ShutdownGraceSeconds must be from 0 to 3600.")]
    public int ShutdownGraceSeconds { get; set; } = 20;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);
}
