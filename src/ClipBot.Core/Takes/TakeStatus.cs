namespace ClipBot.Core.Takes;

/// <summary>queued → generating → processing → ready → posted, or failed / cancelled.</summary>
public enum TakeStatus
{
    Queued,
    Generating,
    Processing,
    Ready,
    Posted,
    Failed,
    Cancelled,
}
