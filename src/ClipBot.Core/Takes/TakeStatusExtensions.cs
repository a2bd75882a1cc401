namespace ClipBot.Core.Takes;

public static class TakeStatusExtensions
{
    /// <summary>The lowercase wire name used by the API, events and chat.</summary>
    public static string ToWire(this TakeStatus status) => status switch
    {
        TakeStatus.Queued => "queued",
        TakeStatus.Generating => "generating",
        TakeStatus.Processing => "processing",
        TakeStatus.Ready => "ready",
        TakeStatus.Posted => "posted",
        TakeStatus.Failed => "failed",
        TakeStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown take status."),
    };

    public static bool IsFinal(this TakeStatus status) =>
        status is TakeStatus.Posted or TakeStatus.Failed or TakeStatus.Cancelled;
}
