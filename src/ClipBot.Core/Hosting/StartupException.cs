namespace ClipBot.Core.Hosting;

/// <summary>
/// Something outside the code stops ClipBot from starting: a missing tool, an unreachable store. The
/// message is for the operator and names the setting or the package that fixes it.
/// </summary>
public sealed class StartupException : Exception
{
    public StartupException()
    {
    }

    public StartupException(string message)
        : base(message)
    {
    }

    public StartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
