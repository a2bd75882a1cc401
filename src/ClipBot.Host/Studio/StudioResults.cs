using ClipBot.Core.Commands;
using ClipBot.Core.Results;

namespace ClipBot.Host.Studio;

/// <summary>The Studio API's answers to refused commands: the refusal's own words, under the status its kind calls for.</summary>
internal static class StudioResults
{
    public static IResult Refused(CommandOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Error(outcome.RefusalKind switch
        {
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.RateLimited => StatusCodes.Status429TooManyRequests,
            ErrorKind.Transient => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status400BadRequest,
        }, outcome.Reply.Text);
    }

    public static IResult Error(int status, string message) => Results.Json(new ErrorResponse(message), statusCode: status);

    public static IResult BadUser() =>
        Results.BadRequest(new ErrorResponse($"The user name must be 1 to {StudioUser.MaxLength} letters, digits, spaces, dots, dashes or underscores."));
}
