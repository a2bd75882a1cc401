using Microsoft.Extensions.Logging;

namespace ClipBot.Redis.Connection;

/// <summary>
/// Hands Garnet loggers named "Garnet.&lt;category&gt;" that pass warnings and errors only. Garnet's own
/// categories ("Options", "Session", ...) would otherwise mix with ours, and its Information level narrates
/// every start. The wrapper also keeps Garnet from disposing the application's factory.
/// </summary>
internal sealed class GarnetLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName)
    {
        // Garnet warns on every start that it ignores its own logging flags because we gave it a factory.
        var minimum = categoryName == "ArgParser" ? LogLevel.Error : LogLevel.Warning;
        return new FilteredLogger(inner.CreateLogger("Garnet." + categoryName), minimum);
    }

    public void AddProvider(ILoggerProvider provider)
    {
        // Providers belong to the application's factory, not to Garnet.
    }

    public void Dispose()
    {
        // The inner factory is the application's; it is disposed with the host.
    }

    private sealed class FilteredLogger(ILogger inner, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum && inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
            }
        }
    }
}
