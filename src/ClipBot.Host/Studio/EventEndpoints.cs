using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;

namespace ClipBot.Host.Studio;

/// <summary>
/// GET /api/events: every take change as a server-sent event named "take", its data the take's JSON, and
/// every new cut of a reel as "reel", its data the reel's JSON. The first event, "ready", says the page is
/// registered and will miss no later change.
/// </summary>
internal static class EventEndpoints
{
    public const string ReadyEvent = "ready";

    public static void MapEvents(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/events", (StudioEventHub hub, CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(StreamAsync(hub, cancellationToken)));

    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(StudioEventHub hub, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (id, reader) = hub.Register();
        try
        {
            yield return new SseItem<string>("{}", ReadyEvent);
            await foreach (var item in reader.ReadAllAsync(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            hub.Unregister(id);
        }
    }
}
