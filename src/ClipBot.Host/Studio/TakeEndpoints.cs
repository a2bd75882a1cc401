using ClipBot.Core.Storage;
using ClipBot.Core.Takes;

namespace ClipBot.Host.Studio;

/// <summary>GET /api/takes/{id} and the gallery of recent takes.</summary>
internal static class TakeEndpoints
{
    public const int MaxLimit = 100;

    public static void MapTakes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/takes/{id}", async (string id, ITakeStore store, CancellationToken cancellationToken) =>
        {
            var take = TakeId.TryParse(id, out var takeId) ? await store.GetAsync(takeId, cancellationToken) : null;
            return take is null ? Results.NotFound(new ErrorResponse($"No take with id '{Shorten(id)}'.")) : Results.Ok(TakeDto.From(take));
        });

        app.MapGet("/api/takes", async (int? limit, ITakeStore store, CancellationToken cancellationToken) =>
        {
            var count = limit ?? 24;
            if (count is < 1 or > MaxLimit)
            {
                return Results.BadRequest(new ErrorResponse($"limit must be from 1 to {MaxLimit}."));
            }

            var takes = await store.ListRecentAsync(count, cancellationToken);
            return Results.Ok(takes.Select(TakeDto.From).ToArray());
        });
    }

    private static string Shorten(string id) => id.Length <= 24 ? id : id[..24] + "…";
}
