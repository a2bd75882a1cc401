namespace ClipBot.Core.Queue;

/// <summary>A lock that expires by itself, so that one worker of many runs a periodic duty.</summary>
public interface ILeaderLock
{
    /// <summary>Takes or extends the lock for <paramref name="holder"/>; false when another holder has it.</summary>
    Task<bool> TryAcquireAsync(string name, string holder, TimeSpan holdFor, CancellationToken cancellationToken);
}
