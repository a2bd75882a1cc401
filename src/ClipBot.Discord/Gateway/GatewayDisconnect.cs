namespace ClipBot.Discord.Gateway;

/// <summary>Why a connection ended and what comes next.</summary>
/// <param name="Reason">For the log; never carries the token.</param>
/// <param name="CloseCode">The close code Discord sent, when it closed the socket.</param>
/// <param name="InvalidSession">After op 9: Discord asks for a random wait of 1–5 s before the next try.</param>
internal sealed record GatewayDisconnect(GatewayNext Next, string Reason, int? CloseCode = null, bool InvalidSession = false);
