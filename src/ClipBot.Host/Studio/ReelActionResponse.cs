namespace ClipBot.Host.Studio;

/// <summary>What a reel action answers: ClipBot's reply, as chat would show it, and the reel after the action.</summary>
internal sealed record ReelActionResponse(ReplyDto Reply, ReelDto Reel);
