using System.Text.Json;
using ClipBot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Http;

/// <summary>
/// <c>POST /discord/interactions</c>, for <see cref="DiscordMode.Http"/> (reference D2). The raw body is read
/// (capped) and its signature checked before anything parses it; a bad or missing signature or a stale
/// timestamp is a 401. A PING gets <c>{"type":1}</c>. Any other interaction is answered the way the gateway's
/// are, through the callback endpoint (D2's option b), and the request itself gets 202 with no body once that
/// first answer is out; the work after it runs on without the request.
/// </summary>
internal static class InteractionEndpoint
{
    public const string Route = "/discord/interactions";

    /// <summary>Interactions are a few kilobytes; a body far past that is not one.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointConventionBuilder MapInteractions(this IEndpointRouteBuilder app) => app.MapPost(Route, HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        InteractionSignature signature,
        DiscordInteractionHandler handler,
        PendingInteractions pending,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(InteractionEndpoint).FullName!);
        var body = await ReadBodyAsync(http.Request, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var headers = http.Request.Headers;
        var check = signature.Check(headers[InteractionSignature.SignatureHeader], headers[InteractionSignature.TimestampHeader], body);
        if (check != SignatureCheck.Valid)
        {
            logger.InteractionRejected(check);
            return Results.Unauthorized();
        }

        using var document = Parse(body);
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
        {
            logger.InteractionMalformed();
            return Results.BadRequest();
        }

        if (JsonFields.Integer(document.RootElement, "type") == (int)InteractionType.Ping)
        {
            return Results.Json(new { type = (int)InteractionType.Ping });
        }

        pending.Track(await handler.AnswerAsync(document.RootElement, pending.Stopping));
        return Results.Accepted();
    }

    /// <summary>The body as sent, byte for byte (the signature covers exactly these bytes); null past <see cref="MaxBodyBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }

        return buffer.ToArray();
    }

    private static JsonDocument? Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
