using ClipBot.Core.Storage;
using ClipBot.Core.Takes;

namespace ClipBot.Host.Studio;

/// <summary>GET /api/takes/{id} and the gallery of recent takes.</summary>
internal static class TakeEndpoints
{
    public const int MaxLimit = 100;

    public static void MapTakes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/takes/{id}", async (string id, ITakeStore store, StudioTakes takes, CancellationToken cancellationToken) =>
        {
            var take = TakeId.TryParse(id, out var takeId) ? await store.GetAsync(takeId, cancellationToken) : null;
            return take is null
                ? Results.NotFound(new ErrorResponse($"No take with id '{StudioText.Shorten(id)}'."))
                : Results.Ok(await takes.DescribeAsync(take, cancellationToken));
        });

        app.MapGet("/api/takes", async (int? limit, ITakeStore store, StudioTakes takes, CancellationToken cancellationToken) =>
        {
            var count = limit ?? 24;
            if (count is < 1 or > MaxLimit)
            {
                return Results.BadRequest(new ErrorResponse($"limit must be from 1 to {MaxLimit}."));
            }

            return Results.Ok(await takes.DescribeAsync(await store.ListRecentAsync(count, cancellationToken), cancellationToken));
        });
    }
}
