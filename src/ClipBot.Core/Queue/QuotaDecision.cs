namespace ClipBot.Core.Queue;

/// <summary>Whether a user may queue one more take now; when not, when they may.</summary>
public sealed record QuotaDecision(bool Allowed, int Remaining, DateTimeOffset? RetryAt);
