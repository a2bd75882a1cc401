namespace ClipBot.Redis.TestWorker;

/// <summary>The "TestWorker" section: how the stand-in generator behaves, set per test on the command line.</summary>
internal sealed class TestWorkerOptions
{
    public const string SectionName = "TestWorker";

    /// <summary>How long every generation sleeps.</summary>
    public int GenerateMs { get; set; }

    /// <summary>Up to this much more, chosen per take from its id, so that jobs do not finish in lockstep.</summary>
    public int GenerateJitterMs { get; set; }

    /// <summary>The fraction of generation attempts that fail with a transient error, chosen from (take, attempt).</summary>
    public double FailRate { get; set; }

    /// <summary>The test process; when it is gone the worker stops, so a crashed test run leaves no worker behind.</summary>
    public int ParentPid { get; set; }
}
