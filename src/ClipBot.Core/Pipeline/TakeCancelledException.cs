using ClipBot.Core.Takes;

namespace ClipBot.Core.Pipeline;

/// <summary>The take was cancelled while a worker made it; the worker stops and does not overwrite that.</summary>
internal sealed class TakeCancelledException : OperationCanceledException
{
    public TakeCancelledException()
    {
    }

    public TakeCancelledException(string message)
        : base(message)
    {
    }

    public TakeCancelledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TakeCancelledException(TakeId takeId)
        : base($"Take {takeId} was cancelled.")
    {
    }
}
