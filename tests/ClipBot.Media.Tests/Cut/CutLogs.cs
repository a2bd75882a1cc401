using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Tests.Cut;

/// <summary>Keeps the renderer's log lines, so a failing test shows what the renderer logged (the details chat never sees).</summary>
internal sealed class CutLogs<T> : ILogger<T>
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        _lines.Enqueue($"{eventId.Name}: {formatter(state, exception)} {exception?.Message}");
    }

    public override string ToString() => string.Join('\n', _lines);
}
