using System.Globalization;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// One system's measured runs: their times, and what they cost the server and the client, which says where
/// the time goes when one system is slower (round trips, server commands and CPU per job).
/// </summary>
internal sealed class QueueTally(string name, int jobsPerRun)
{
    private readonly List<double> _seconds = [];
    private readonly Dictionary<string, long> _commands = new(StringComparer.Ordinal);
    private double _serverCpu;
    private double _clientCpu;
    private long? _roundTrips;

    public string Name { get; } = name;

    public double MedianJobsPerSecond => Timings.Median(_seconds.Select(s => jobsPerRun / s).ToList());

    /// <summary>Adds a run; <paramref name="roundTrips"/> is null when the client cannot count its commands.</summary>
    public void Add(double seconds, QueueServerCost server, double clientCpuSeconds, long? roundTrips)
    {
        ArgumentNullException.ThrowIfNull(server);
        _seconds.Add(seconds);
        foreach (var (command, calls) in server.Commands)
        {
            _commands[command] = _commands.GetValueOrDefault(command) + calls;
        }

        _serverCpu += server.CpuSeconds;
        _clientCpu += clientCpuSeconds;
        _roundTrips = roundTrips is { } trips ? (_roundTrips ?? 0) + trips : null;
    }

    public string Runs => string.Join(" / ", _seconds.Select(s => Count(jobsPerRun / s)));

    /// <summary>e.g. "3.00 round trips, 31.0 server commands (hget 4.0, ...), 62 µs server CPU, 170 µs client CPU".</summary>
    public string CostPerJob()
    {
        var jobs = (double)jobsPerRun * _seconds.Count;
        string PerJob(double value, string format) => (value / jobs).ToString(format, CultureInfo.InvariantCulture);
        var top = _commands.OrderByDescending(c => c.Value).Take(6).Select(c => $"{c.Key} {PerJob(c.Value, "0.0")}");
        var trips = _roundTrips is { } t ? $"{PerJob(t, "0.00")} round trips, " : string.Empty;
        return $"{trips}{PerJob(_commands.Values.Sum(), "0.0")} server commands ({string.Join(", ", top)}), " +
            $"{PerJob(_serverCpu * 1e6, "0.0")} µs server CPU, {PerJob(_clientCpu * 1e6, "0.0")} µs client CPU";
    }

    public static string Count(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
