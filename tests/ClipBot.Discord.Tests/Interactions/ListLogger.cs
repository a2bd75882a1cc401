using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Tests.Interactions;

/// <summary>Keeps every log line with its event and exception, to check what was logged and what never was.</summary>
internal sealed class ListLogger : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<(EventId Event, string Text, Exception? Exception)> _lines = new();

    public IReadOnlyList<(EventId Event, string Text, Exception? Exception)> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _lines.Enqueue((eventId, formatter(state, exception), exception));
    }

    public void Dispose()
    {
    }
}
