using System.Globalization;

namespace ClipBot.Bench.Scenarios;

/// <summary>The votes benchmark's knobs: `votes --changes 25 --rounds 7 --in-flight 128 ...`.</summary>
/// <remarks>
/// The defaults are the reference reel's contest: 55 shots of about 13 takes, and 1,000 members who each vote
/// once in every shot, a quarter of them changing their mind once.
/// </remarks>
internal sealed record VotesSettings(int ChangePercent, int Rounds, int InFlight, int Members, int Slots, int TakesPerSlot)
{
    public static VotesSettings Default { get; } = new(ChangePercent: 25, Rounds: 11, InFlight: 128, Members: 1_000, Slots: 55, TakesPerSlot: 13);

    /// <summary>Reads --changes (percent), --rounds, --in-flight, --members, --slots and --takes over the defaults.</summary>
    public static VotesSettings Parse(string[] args)
    {
        if (args.Length % 2 != 0)
        {
            throw new ArgumentException($"The option {args[^1]} has no value.", nameof(args));
        }

        var settings = Default;
        foreach (var (name, text) in args.Chunk(2).Select(pair => (pair[0], pair[1])))
        {
            var value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
            ArgumentOutOfRangeException.ThrowIfLessThan(value, name == "--changes" ? 0 : 1, name);
            settings = name switch
            {
                "--changes" => settings with { ChangePercent = Math.Min(value, 100) },
                "--rounds" => settings with { Rounds = value },
                "--in-flight" => settings with { InFlight = value },
                "--members" => settings with { Members = value },
                "--slots" => settings with { Slots = value },
                "--takes" => settings with { TakesPerSlot = value },
                _ => throw new ArgumentException($"Unknown option {name}; the votes scenario takes --changes, --rounds, --in-flight, --members, --slots and --takes.", nameof(args)),
            };
        }

        return settings;
    }
}
