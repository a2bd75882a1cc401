namespace ClipBot.Host.Studio;

/// <summary>The body of POST /api/reels/{id}/slots/{n}/brief; an empty text clears the brief.</summary>
internal sealed record BriefRequest(string? Text, string? User);
