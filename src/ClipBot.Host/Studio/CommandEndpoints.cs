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
        var request = await StudioJson.ReadAsync<CommandRequest>(http, cancellationToken);
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
            return StudioResults.BadUser();
        }

        var command = ChatCommand.FromText(request.Text, user, ChannelRef.Studio);
        if (command is null)
        {
            return Results.BadRequest(new ErrorResponse("Commands start with a slash, e.g. /clip a neon city at dusk. Type /help for the list."));
        }

        // A chat box answers every refusal the same way, as a reply the fan reads; the status only says it was one.
        var outcome = await dispatcher.DispatchAsync(command, cancellationToken);
        if (!outcome.Accepted)
        {
            return Results.BadRequest(new ErrorResponse(outcome.Reply.Text));
        }

        return Answer(outcome);
    }

    /// <summary>200 with the reply, or 202 pointing at the take when the command queued one.</summary>
    public static IResult Answer(CommandOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var response = new CommandResponse(outcome.TakeId?.Value, ReplyDto.From(outcome.Reply));
        return outcome.TakeId is null ? Results.Ok(response) : Results.Accepted($"/api/takes/{outcome.TakeId}", response);
    }
}
