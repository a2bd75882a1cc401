namespace ClipBot.Host.Studio;

/// <summary>The body of POST /api/reels/{id}/phase: open, voting or locked, and when to move on by itself.</summary>
/// <param name="Until">A span like 2h or a UTC time like 2026-12-01T20:00Z, as <c>--until</c> takes it.</param>
internal sealed record PhaseRequest(string? Phase, string? Until, string? User);
