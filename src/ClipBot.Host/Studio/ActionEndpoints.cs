using ClipBot.Core.Chat;
using ClipBot.Core.Commands;

namespace ClipBot.Host.Studio;

/// <summary>
/// POST /api/actions: a click on a button the page drew (Vote under a take, a duel's Left and Right). The
/// action becomes the command it stands for, as on every platform, and runs as the clicking Studio user.
/// </summary>
internal static class ActionEndpoints
{
    public static void MapActions(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/actions", HandleAsync).AddEndpointFilter<WriteAccessFilter>();

    private static async Task<IResult> HandleAsync(HttpContext http, ICommandDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var request = await StudioJson.ReadAsync<ActionRequest>(http, cancellationToken);
        if (request is null || string.IsNullOrWhiteSpace(request.Action))
        {
            return Results.BadRequest(new ErrorResponse("Send JSON like {\"action\": \"v1:vote:abcd2345efgh\", \"user\": \"alex\"}."));
        }

        var user = StudioUser.From(request.User, isAdmin: WriteAccessFilter.IsAdmin(http));
        if (user is null)
        {
            return StudioResults.BadUser();
        }

        var command = ChatActions.ToCommand(request.Action, user, ChannelRef.Studio);
        if (command is null)
        {
            return Results.BadRequest(new ErrorResponse(
                $"The action `{StudioText.Shorten(request.Action)}` is not one this ClipBot knows; reload the page for buttons that work."));
        }

        var outcome = await dispatcher.DispatchAsync(command, cancellationToken);
        return outcome.Accepted ? CommandEndpoints.Answer(outcome) : StudioResults.Refused(outcome);
    }
}
