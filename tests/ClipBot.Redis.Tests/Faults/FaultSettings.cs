using System.Globalization;

namespace ClipBot.Redis.Tests.Faults;

/// <summary>
/// The configuration a fault test gives its workers (as --Key=Value arguments) and its own queue client alike,
/// so both see the same server, key prefix and queue rules.
/// </summary>
internal static class FaultSettings
{
    public const string KeyPrefix = "faults:";

    public static Dictionary<string, string> For(FaultRedisServer server, IReadOnlyDictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(overrides);
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Store:Mode"] = "Redis",
            ["Store:ConnectionString"] = server.ConnectionString,
            ["Store:KeyPrefix"] = KeyPrefix,
            ["Workers:Enabled"] = "true",
            ["Workers:Concurrency"] = "2",
            ["Workers:LeaseSeconds"] = "5",
            ["Workers:RecoveryIntervalSeconds"] = "1",
            ["Workers:IdlePollSeconds"] = "1",
            ["Workers:ShutdownGraceSeconds"] = "1",

            // Quotas are the command handler's business; here they would only refuse the test's own load.
            ["Queue:QuotaPerWindow"] = "100000",
            ["TestWorker:GenerateMs"] = "0",
            ["TestWorker:GenerateJitterMs"] = "0",
            ["TestWorker:FailRate"] = "0",

            // Every job logs at Information; the tests keep warnings and errors, which say what went wrong.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
