using System.Text.Json.Nodes;

namespace ClipBot.Discord.Rest;

/// <summary>
/// The first answer to an interaction: a callback type (4 message, 5 deferred message, 6 deferred update,
/// 7 update, 9 modal, 1 pong) with a message or a modal's data.
/// </summary>
internal sealed record InteractionResponse(int Type, DiscordMessage? Message = null, JsonObject? Modal = null)
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdate = 6;
    public const int UpdateMessage = 7;
    public const int ShowModal = 9;
}
