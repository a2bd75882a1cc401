namespace ClipBot.Core.Queue;

/// <summary>What cancelling a job found.</summary>
public enum CancelOutcome
{
    /// <summary>It was waiting (or waiting to retry) and is gone from the queue.</summary>
    Removed,

    /// <summary>A worker holds it; the worker must be told to stop.</summary>
    Running,

    /// <summary>The queue does not hold it: finished, dead-lettered or never queued.</summary>
    NotQueued,
}
