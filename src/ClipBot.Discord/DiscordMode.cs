namespace ClipBot.Discord;

/// <summary>How interactions reach ClipBot: over the gateway's WebSocket, or as signed HTTP POSTs to the host.</summary>
public enum DiscordMode
{
    Gateway,
    Http,
}
