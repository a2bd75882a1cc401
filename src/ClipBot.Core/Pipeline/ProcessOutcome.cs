using ClipBot.Core.Results;

namespace ClipBot.Core.Pipeline;

/// <summary>How one attempt at a job ended: done (whatever the take's final status), or failed with an error to retry or report.</summary>
internal sealed record ProcessOutcome(Error? Failure)
{
    public static ProcessOutcome Done { get; } = new((Error?)null);

    public static ProcessOutcome Failed(Error error) => new(error);
}
