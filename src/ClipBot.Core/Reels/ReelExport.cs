using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClipBot.Core.Reels;

/// <summary>A reel's records for the band: the ballots as CSV, the credits as text, and the shot list as JSON.</summary>
public static class ReelExport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>One row per ballot: slot, take, voter, time (ISO 8601, UTC); fields quoted where CSV needs it.</summary>
    public static string BallotsCsv(IEnumerable<Ballot> ballots)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        var csv = new StringBuilder("slot,take,voter,time\n");
        foreach (var ballot in ballots.OrderBy(b => b.Slot).ThenBy(b => b.At))
        {
            csv.Append(ballot.Slot.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Field(ballot.Take.Value)).Append(',')
                .Append(Field(ballot.VoterId)).Append(',')
                .Append(ballot.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>Each shot's winner: author, prompt and seed; or that the shot had no take.</summary>
    public static string Credits(Reel reel, IReadOnlyList<SlotStanding> standings)
    {
        ArgumentNullException.ThrowIfNull(reel);
        ArgumentNullException.ThrowIfNull(standings);
        var text = new StringBuilder($"{reel.Name}\nA community video made with ClipBot\n");
        foreach (var standing in standings)
        {
            var slot = standing.Slot;
            text.Append(CultureInfo.InvariantCulture, $"\nShot {slot.Index} ({Clock(slot.StartSeconds)}–{Clock(slot.EndSeconds)}): ");
            text.Append(standing.Leader is { } leader
                ? $"{leader.Take.Author.DisplayName} — “{leader.Take.Parameters.Prompt.ReplaceLineEndings(" ")}” (seed {leader.Take.Parameters.Seed.ToString(CultureInfo.InvariantCulture)})"
                : "no take");
        }

        return text.Append('\n').ToString();
    }

    public static string ShotsJson(Reel reel)
    {
        ArgumentNullException.ThrowIfNull(reel);
        var shots = reel.Slots.Select(s => new { s.Index, s.StartSeconds, s.DurationSeconds, s.Label, s.Brief });
        return JsonSerializer.Serialize(new { reel = reel.Id.Value, reel.Name, songSeconds = reel.Song?.DurationSeconds, shots }, Json);
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Clock(double seconds) => TimeSpan.FromSeconds(seconds).ToString(@"m\:ss\.f", CultureInfo.InvariantCulture);
}
