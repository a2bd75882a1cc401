using ClipBot.Bench.Scenarios;

namespace ClipBot.Bench;

/// <summary>
/// The scenarios <c>dotnet run --project bench/ClipBot.Bench -- NAME</c> knows. A new one is one more
/// line here and a class under Scenarios/.
/// </summary>
internal static class ScenarioTable
{
    public const int UsageExitCode = 2;

    private static readonly Scenario[] Scenarios =
    [
        new("cut", "ingest 55 mixed clips, cut them to a 242 s song by stream copy (plain, crossfaded cold and warm, delivery size) against naive re-encodes (--skip-naive, --reuse-ingest, --keep, --verbose)", CutScenario.RunAsync),
        new("generate", "render a 4 s 1280x720 local clip 5 times against a bare testsrc2 encode (--scenes: also each scene)", GenerateScenario.RunAsync),
        new("queue", "ClipBot's queue (enqueue, lease, complete; 4 consumers, empty jobs) against BullMQ on one redis-server (--jobs N, --runs N)", QueueScenario.RunAsync),
        new("samples", "render one clip per local scene into a folder (default $TMPDIR/clipbot-samples; --verbose shows the ffmpeg commands)", SamplesScenario.RunAsync),
        new("votes", "RedisBallotBox.CastAsync (1,000 members voting and changing votes over 10 slots x 20 takes, 128 in flight) against a bare HINCRBY ceiling on one redis-server, checking exact tallies (--votes N, --rounds N, --in-flight N)", VotesScenario.RunAsync),
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);

        var scenario = args.Length == 0
            ? null
            : Scenarios.FirstOrDefault(s => string.Equals(s.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (scenario is null)
        {
            await output.WriteLineAsync(Usage(args.Length == 0 ? null : args[0]));
            return UsageExitCode;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await scenario.RunAsync(args[1..], output, cancel.Token);
    }

    public static string Usage(string? unknown)
    {
        var lines = new List<string>();
        if (unknown is not null)
        {
            lines.Add($"Unknown scenario '{unknown}'.");
        }

        lines.Add("Usage: dotnet run -c Release --project bench/ClipBot.Bench -- <scenario>");
        lines.Add("Scenarios:");
        lines.AddRange(Scenarios.Select(s => $"  {s.Name,-10} {s.Description}"));
        return string.Join(Environment.NewLine, lines);
    }
}
