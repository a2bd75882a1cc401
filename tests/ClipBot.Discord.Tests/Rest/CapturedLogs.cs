using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Tests.Rest;

/// <summary>Every log line of every category, formatted with its exception, so a test can search them (for a token, an event).</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogLine> _lines = new();

    public IReadOnlyList<CapturedLogLine> Lines => [.. _lines];

    public string AllText => string.Join('\n', _lines.Select(line => line.Text));

    public int Count(int eventId) => _lines.Count(line => line.EventId == eventId);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            owner._lines.Enqueue(new CapturedLogLine(category, logLevel, eventId.Id, $"{category} [{eventId.Name}] {formatter(state, exception)} {exception}"));
        }
    }
}
