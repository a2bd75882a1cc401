using System.Globalization;

namespace ClipBot.Bench.Scenarios;

/// <summary>The queue benchmark's knobs, the same for ClipBot and BullMQ: `queue --jobs 20000 --runs 3 ...`.</summary>
internal sealed record QueueSettings(int Jobs, int Runs, int Warmup, int Consumers, int Batch, int Owners, int PerOwnerCap)
{
    public static QueueSettings Default { get; } = new(Jobs: 20_000, Runs: 3, Warmup: 5_000, Consumers: 4, Batch: 1_000, Owners: 100, PerOwnerCap: 2);

    /// <summary>Reads --jobs, --runs, --warmup, --consumers, --batch, --owners and --cap over the defaults.</summary>
    public static QueueSettings Parse(string[] args)
    {
        var settings = Default;
        if (args.Length % 2 != 0)
        {
            throw new ArgumentException($"The option {args[^1]} has no value.", nameof(args));
        }

        for (var i = 0; i < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--jobs" => settings with { Jobs = value },
                "--runs" => settings with { Runs = value },
                "--warmup" => settings with { Warmup = value },
                "--consumers" => settings with { Consumers = value },
                "--batch" => settings with { Batch = value },
                "--owners" => settings with { Owners = value },
                "--cap" => settings with { PerOwnerCap = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}; the queue scenario takes --jobs, --runs, --warmup, --consumers, --batch, --owners and --cap.", nameof(args)),
            };
        }

        return settings;
    }

    /// <summary>The same settings as the Node script's arguments.</summary>
    public IEnumerable<string> NodeArguments(int port) =>
    [
        "--port", Text(port), "--jobs", Text(Jobs), "--warmup", Text(Warmup),
        "--concurrency", Text(Consumers), "--batch", Text(Batch), "--owners", Text(Owners),
    ];

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
