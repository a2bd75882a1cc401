using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Tests.Delivery;

/// <summary>Keeps the event ids logged, so a test can tell a first-try fit from a corrected one.</summary>
internal sealed class EventIdLogger<T> : ILogger<T>
{
    private readonly List<int> _ids = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<int> Ids
    {
        get
        {
            lock (_gate)
            {
                return [.. _ids];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_gate)
        {
            _ids.Add(eventId.Id);
        }
    }
}
