using System.Globalization;
using ClipBot.Core.Takes;

namespace ClipBot.Discord.Commands;

/// <summary>
/// The <c>/clip</c> text that makes a take again, for Reroll and Remix: the fan's words and the take's settings
/// as inline flags, so Core parses and checks them like anything typed. A reel take names its shot; the reel
/// sets its shape and length again.
/// </summary>
internal static class ClipRecipe
{
    /// <param name="words">The prompt: the take's own words (reroll) or the edited ones (remix).</param>
    /// <param name="keepSeed">True for a remix (the same seed shows what the edit changed), false for a reroll.</param>
    /// <param name="typed">Flags already in <paramref name="words"/>; the fan's own win over the take's.</param>
    public static string Arguments(Take take, string words, bool keepSeed, IReadOnlyCollection<string> typed)
    {
        ArgumentNullException.ThrowIfNull(take);
        ArgumentNullException.ThrowIfNull(typed);
        var p = take.Parameters;
        var flags = new List<(string Flag, string? Value)>
        {
            ("slot", take.Reel is null ? null : p.Slot?.ToString(CultureInfo.InvariantCulture)),
            ("ar", take.Reel is null ? p.Aspect.ToWire() : null),
            ("duration", take.Reel is null ? p.DurationSeconds.ToString(CultureInfo.InvariantCulture) : null),
            ("seed", keepSeed ? p.Seed.ToString(CultureInfo.InvariantCulture) : null),
            ("neg", p.Negative),
            ("camera", p.Camera == CameraMove.Static ? null : p.Camera.ToWire()),
            ("motion", p.Motion == ClipParameters.DefaultMotion ? null : p.Motion.ToString(CultureInfo.InvariantCulture)),
            ("style", p.Style),
        };
        var given = flags.Where(f => f.Value is not null && !typed.Contains(f.Flag)).Select(f => $"--{f.Flag} {InlineFlagText.Value(f.Value!)}");
        return string.Join(' ', given.Prepend(words.Trim()));
    }
}
