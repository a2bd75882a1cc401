namespace ClipBot.Core.Queue;

/// <summary>Whether a job was completed (false when its lease was lost), and the worker's next job if one was leased in the same step.</summary>
public sealed record CompleteResult(bool Completed, JobLease? Next);
