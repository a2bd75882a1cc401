namespace ClipBot.Host.Studio;

internal sealed record ErrorResponse(string Error);
