using System.Text.Json;

namespace ClipBot.Discord.Gateway;

/// <summary>
/// Takes the interactions the gateway receives. The gateway calls it on a task of its own, so a slow handler
/// never holds up the heartbeats; the answer goes over REST (within 3 s), never over the socket.
/// </summary>
internal interface IGatewayDispatchHandler
{
    /// <summary>
    /// One <c>INTERACTION_CREATE</c>: <paramref name="interaction"/> is the dispatch's <c>d</c>, the interaction
    /// object, cloned so that it outlives the frame. <paramref name="cancellationToken"/> ends with the host, not
    /// with the connection: a reconnect does not cancel an answer in progress. A throw is logged and goes no further.
    /// </summary>
    Task HandleInteractionAsync(JsonElement interaction, CancellationToken cancellationToken);
}
