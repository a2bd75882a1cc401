namespace ClipBot.Bench.Scenarios;

/// <summary>
/// Calls by command (those made inside Lua scripts included) and CPU seconds of redis-server: totals read
/// from INFO, or the difference of two readings, which is what one system's runs cost the server.
/// </summary>
internal sealed record QueueServerCost(IReadOnlyDictionary<string, long> Commands, double CpuSeconds)
{
    // The benchmark's own reads and flushes are not the queue's work.
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal) { "info", "flushall", "config|resetstat" };

    public static QueueServerCost Between(QueueServerCost before, QueueServerCost after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var commands = after.Commands
            .Where(c => !Bookkeeping.Contains(c.Key))
            .ToDictionary(c => c.Key, c => c.Value - before.Commands.GetValueOrDefault(c.Key), StringComparer.Ordinal);
        return new QueueServerCost(commands, after.CpuSeconds - before.CpuSeconds);
    }
}
