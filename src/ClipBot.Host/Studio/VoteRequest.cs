namespace ClipBot.Host.Studio;

/// <summary>The body of POST /api/reels/{id}/votes.</summary>
internal sealed record VoteRequest(string? Take, string? User);
