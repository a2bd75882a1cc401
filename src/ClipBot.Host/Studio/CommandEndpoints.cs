using ClipBot.Core.Chat;
using ClipBot.Core.Commands;

namespace ClipBot.Host.Studio;

/// <summary>POST /api/commands: the Studio's chat box, as a platform adapter.</summary>
internal static class CommandEndpoints
{
    public const int MaxTextLength = 4000;

    public static void MapCommands(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/commands", HandleAsync).AddEndpointFilter<WriteAccessFilter>();

    private static async Task<IResult> HandleAsync(HttpContext http, ICommandDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var request = await ReadAsync(http, cancellationToken);
        if (request is null)
        {
            return Results.BadRequest(new ErrorResponse("Send JSON like {\"text\": \"/clip a neon city at dusk\", \"user\": \"alex\"}."));
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return Results.BadRequest(new ErrorResponse("Type a command, e.g. /clip a neon city at dusk --ar 16:9."));
        }

        if (request.Text.Length > MaxTextLength)
        {
            return Results.BadRequest(new ErrorResponse($"The message is {request.Text.Length} characters; the limit is {MaxTextLength}."));
        }

        var user = StudioUser.From(request.User, isAdmin: WriteAccessFilter.IsAdmin(http));
        if (user is null)
        {
            return Results.BadRequest(new ErrorResponse($"The user name must be 1 to {StudioUser.MaxLength} letters, digits, spaces, dots, dashes or underscores."));
        }

        var command = ChatCommand.FromText(request.Text, user, ChannelRef.Studio);
        if (command is null)
        {
            return Results.BadRequest(new ErrorResponse("Commands start with a slash, e.g. /clip a neon city at dusk. Type /help for the list."));
        }

        var outcome = await dispatcher.DispatchAsync(command, cancellationToken);
        if (!outcome.Accepted)
        {
            return Results.BadRequest(new ErrorResponse(outcome.Reply.Text));
        }

        var response = new CommandResponse(outcome.TakeId?.Value, ReplyDto.From(outcome.Reply));
        return outcome.TakeId is null ? Results.Ok(response) : Results.Accepted($"/api/takes/{outcome.TakeId}", response);
    }

    private static async Task<CommandRequest?> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!http.Request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await http.Request.ReadFromJsonAsync<CommandRequest>(cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
