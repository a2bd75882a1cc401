namespace ClipBot.Host.Studio;

/// <summary>The body of POST /api/commands.</summary>
internal sealed record CommandRequest(string? Text, string? User);
