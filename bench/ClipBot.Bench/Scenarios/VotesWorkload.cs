using ClipBot.Core.Takes;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// One round's votes, made up front from a fixed seed, dealt into lanes that each run one call at a time: every
/// vote of one member in one slot goes to the same lane, in the order made, so however the lanes interleave,
/// each member's last vote per slot is known, and with it the exact tally the server must end with.
/// </summary>
internal sealed class VotesWorkload
{
    private VotesWorkload(TakeId[][] takes, VotesCall[][] lanes, Dictionary<TakeId, long>[] expected, int changes)
    {
        Takes = takes;
        Lanes = lanes;
        Expected = expected;
        Changes = changes;
    }

    /// <summary>The takes of each slot; slot n is at index n - 1.</summary>
    public TakeId[][] Takes { get; }

    public VotesCall[][] Lanes { get; }

    /// <summary>The final tally of each slot (index slot - 1): per take, the members whose last vote it is.</summary>
    public Dictionary<TakeId, long>[] Expected { get; }

    /// <summary>Votes that move a member's vote from one take to another.</summary>
    public int Changes { get; }

    public int Count => Lanes.Sum(l => l.Length);

    /// <summary>
    /// Every member votes once in every slot, in a random order across members and slots; then
    /// <see cref="VotesSettings.ChangePercent"/> of those ballots move to another take.
    /// </summary>
    public static VotesWorkload Make(VotesSettings settings, int seed)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var random = new Random(seed);
        var takes = Enumerable.Range(0, settings.Slots)
            .Select(_ => Enumerable.Range(0, settings.TakesPerSlot).Select(_ => TakeId.New()).ToArray())
            .ToArray();
        var lanes = Enumerable.Range(0, settings.InFlight).Select(_ => new List<VotesCall>()).ToArray();
        var last = new Dictionary<(int Member, int Slot), TakeId>();
        var ballots = Enumerable.Range(0, settings.Members)
            .SelectMany(member => Enumerable.Range(1, settings.Slots).Select(slot => (Member: member, Slot: slot)))
            .ToArray();
        random.Shuffle(ballots);
        var changing = ballots.ToArray();
        random.Shuffle(changing);
        var changes = changing.Length * settings.ChangePercent / 100;

        // A member's vote and its change go to the same lane, in that order, so the last vote is known.
        foreach (var (member, slot) in ballots.Concat(changing.Take(changes)))
        {
            var options = takes[slot - 1];
            var take = options[random.Next(options.Length)];
            if (last.TryGetValue((member, slot), out var held) && held == take)
            {
                take = options[(Array.IndexOf(options, take) + 1) % options.Length];
            }

            last[(member, slot)] = take;
            lanes[((member * settings.Slots) + slot) % lanes.Length].Add(new VotesCall($"member-{member}", slot, take));
        }

        var expected = Enumerable.Range(1, settings.Slots)
            .Select(slot => last.Where(v => v.Key.Slot == slot).GroupBy(v => v.Value).ToDictionary(g => g.Key, g => (long)g.Count()))
            .ToArray();
        return new VotesWorkload(takes, lanes.Select(l => l.ToArray()).ToArray(), expected, changes);
    }
}
