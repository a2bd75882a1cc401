using Microsoft.Extensions.Logging;

namespace ClipBot.Bench;

/// <summary>Prints every log line to stderr, for scenarios run with --verbose (to see ffmpeg command lines).</summary>
internal sealed class ConsoleLogger<T> : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Console.Error.WriteLine($"{logLevel} {eventId.Name}: {formatter(state, exception)}");
    }
}
