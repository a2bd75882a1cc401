using System.Globalization;
using ClipBot.Core.Media;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Songs;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Commands.Reels;

/// <summary>
/// Reads <c>/reel create Night Drive --bpm 120 --bars 2 --ar 16:9 --prefix "35mm film" --tallies hidden</c>:
/// the name, then flags for the shot list, the canvas, the style lock, the voting rules and the crossfade.
/// </summary>
internal static class ReelCreateParser
{
    public const double MaxTransitionSeconds = 1;
    public const int MaxBannedWords = 50;
    public const int MaxAccountAgeDays = 3650;

    private static readonly int[] FrameRates = [24, 25, 30];

    private static readonly Dictionary<string, string> Flags = new(StringComparer.Ordinal)
    {
        ["shots"] = "shot lengths in seconds separated by commas, e.g. 4,4,2.5",
        ["bpm"] = "the song's tempo, e.g. 120",
        ["bars"] = "bars per shot, 1 to 64",
        ["slots"] = "a number of equal shots, 1 to " + ShotList.MaxShots,
        ["seconds"] = "the length of each shot of a silent reel, e.g. 4",
        ["ar"] = string.Join(", ", ReelAspects.Select(a => a.ToWire())),
        ["fps"] = "24, 25 or 30",
        ["fit"] = "letterbox or crop",
        ["prefix"] = "text put before every prompt, in quotes",
        ["suffix"] = "text put after every prompt, in quotes",
        ["ban"] = "words no prompt may use, in quotes, separated by commas",
        ["self-votes"] = "on or off",
        ["min-age"] = "an account age in days, 0 to " + MaxAccountAgeDays,
        ["role"] = "the id of the role voters need",
        ["tallies"] = "shown or hidden",
        ["ranking"] = "votes or duels",
        ["crossfade"] = "seconds of crossfade between shots, 0 to 1",
    };

    private static IReadOnlyList<AspectRatio> ReelAspects => [AspectRatio.Landscape16x9, AspectRatio.Portrait9x16, AspectRatio.Square1x1];

    public static Result<ReelDraft> Parse(string arguments)
    {
        var parsed = InlineFlags.Parse(arguments, Flags.Keys, flag => Flags[flag]);
        if (!parsed.IsSuccess)
        {
            return parsed.Error;
        }

        var (name, values) = (parsed.Value.Text.ReplaceLineEndings(" "), parsed.Value.Values);
        if (name.Length == 0)
        {
            return Error.Invalid("Give the reel a name, e.g. `/reel create Night Drive --bpm 120`.");
        }

        if (name.Length > Reel.MaxNameLength)
        {
            return Error.Invalid(Say($"The name is {name.Length} characters; the limit is {Reel.MaxNameLength}."));
        }

        var reader = new FlagReader(values, Flags);
        var shots = ReadShots(reader);
        var canvas = ReadCanvas(reader);
        var style = ReadStyle(reader);
        var rules = new VotingRules(
            SelfVotes: reader.Choice("self-votes", "on", "off", fallback: false),
            MinAccountAgeDays: reader.Integer("min-age", 0, MaxAccountAgeDays) ?? 0,
            RequiredRole: reader.Text("role", 100),
            HideTallies: reader.Choice("tallies", "hidden", "shown", fallback: false),
            Ranking: reader.Choice("ranking", "duels", "votes", fallback: false) ? RankingMode.Duels : RankingMode.Votes);
        var crossfade = reader.Number("crossfade", 0, MaxTransitionSeconds) ?? 0;

        return reader.Error is { } error
            ? error
            : new ReelDraft(name, shots, canvas, style, rules, crossfade);
    }

    private static ShotSpec ReadShots(FlagReader reader)
    {
        var durations = reader.Numbers("shots", ShotList.MinShotSeconds, 60);
        var bpm = reader.Number("bpm", 20, 400);
        var slots = reader.Integer("slots", 1, ShotList.MaxShots);
        var ways = (durations is null ? 0 : 1) + (bpm is null ? 0 : 1) + (slots is null ? 0 : 1);
        if (ways > 1)
        {
            reader.Fail("Give only one of `--shots`, `--bpm` and `--slots`.");
        }

        return new ShotSpec(
            durations,
            bpm,
            reader.Integer("bars", 1, 64) ?? ShotSpec.DefaultBars,
            slots,
            reader.Number("seconds", ShotList.MinShotSeconds, 60) ?? ShotSpec.DefaultSilentSlotSeconds);
    }

    private static Canvas ReadCanvas(FlagReader reader)
    {
        var aspect = AspectRatio.Landscape16x9;
        if (reader.Text("ar", 10) is { } wire && (!AspectRatioExtensions.TryParseWire(wire, out aspect) || !ReelAspects.Contains(aspect)))
        {
            reader.Fail($"`--ar {wire}` is not allowed for a reel: use {Flags["ar"]}.");
        }

        var fps = reader.Integer("fps", 1, 120) ?? Canvas.DefaultFps;
        if (!FrameRates.Contains(fps))
        {
            reader.Fail(Say($"`--fps {fps}` is not allowed: use {Flags["fps"]}."));
        }

        var fit = reader.Choice("fit", "crop", "letterbox", fallback: false) ? FitMode.Crop : FitMode.Letterbox;
        return Canvas.For(aspect, fit) with { Fps = fps };
    }

    private static StyleLock ReadStyle(FlagReader reader)
    {
        var banned = reader.Text("ban", 2000) is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : [];
        if (banned.Count > MaxBannedWords)
        {
            reader.Fail(Say($"That is {banned.Count} banned words; the limit is {MaxBannedWords}."));
        }

        return new StyleLock(reader.Text("prefix", StyleLock.MaxAffixLength), reader.Text("suffix", StyleLock.MaxAffixLength))
        {
            BannedWords = banned,
        };
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
