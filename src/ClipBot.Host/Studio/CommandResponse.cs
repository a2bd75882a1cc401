namespace ClipBot.Host.Studio;

internal sealed record CommandResponse(string? TakeId, ReplyDto Reply);
