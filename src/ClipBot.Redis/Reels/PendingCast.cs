using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.Reels;

/// <summary>One member's vote waiting for its batch, and the receipt its caller awaits.</summary>
/// <remarks>
/// Completed by the batch's sender, which runs each caller's continuation inline up to its next await: a hop to
/// the thread pool per vote cost a third of the votes benchmark's throughput. Callers only reply and schedule a
/// re-cut after a vote, so the sender is never held for long. The vote is its own completion source, one object
/// less per vote.
/// </remarks>
internal sealed class PendingCast(ReelId reel, int slot, TakeId take, string voterId, DateTimeOffset at) : TaskCompletionSource<VoteReceipt>
{
    public ReelId Reel { get; } = reel;

    public int Slot { get; } = slot;

    public TakeId Take { get; } = take;

    public string VoterId { get; } = voterId;

    public DateTimeOffset At { get; } = at;

    public Task<VoteReceipt> Receipt => Task;

    public void Complete(VoteReceipt receipt) => TrySetResult(receipt);

    public void Fail(Exception exception) => TrySetException(exception);
}
