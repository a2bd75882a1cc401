using System.Globalization;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Commands.Clip;

/// <summary>Checks one flag's value and applies it; every refusal names the flag and what it allows.</summary>
internal static class ClipFlagValues
{
    public static string Describe(string flag) => flag switch
    {
        ClipFlags.Aspect => "one of " + string.Join(", ", AspectRatioExtensions.WireNames),
        ClipFlags.Seed => "a whole number from 0 to 4294967295",
        ClipFlags.Negative => string.Create(CultureInfo.InvariantCulture, $"text in quotes, up to {ClipFlags.MaxNegativeLength} characters, e.g. --neg \"blurry, text\""),
        ClipFlags.Camera => "one of " + string.Join(", ", CameraMoveExtensions.WireNames),
        ClipFlags.Motion => string.Create(CultureInfo.InvariantCulture, $"a whole number from 0 to {ClipParameters.MaxMotion}"),
        ClipFlags.Duration => string.Create(CultureInfo.InvariantCulture, $"whole seconds from {ClipParameters.MinDurationSeconds} to {ClipParameters.MaxDurationSeconds}"),
        ClipFlags.Slot => string.Create(CultureInfo.InvariantCulture, $"a shot number from 1 to {ClipFlags.MaxSlot}"),
        ClipFlags.Style => string.Create(CultureInfo.InvariantCulture, $"one word of letters, digits or hyphens, up to {ClipFlags.MaxStyleLength} characters"),
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown flag."),
    };

    public static Result<ClipParameters> Apply(ClipParameters parameters, string flag, string value) => flag switch
    {
        ClipFlags.Aspect => AspectRatioExtensions.TryParseWire(value, out var aspect)
            ? parameters with { Aspect = aspect }
            : Refuse(flag, value),
        ClipFlags.Seed => uint.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? parameters with { Seed = seed }
            : Refuse(flag, value),
        ClipFlags.Negative => value.Trim().Length is > 0 and <= ClipFlags.MaxNegativeLength && !value.Any(char.IsControl)
            ? parameters with { Negative = value.Trim() }
            : Refuse(flag, value),
        ClipFlags.Camera => CameraMoveExtensions.TryParseWire(value.ToLowerInvariant(), out var camera)
            ? parameters with { Camera = camera }
            : Refuse(flag, value),
        ClipFlags.Motion => TryParseInRange(value, 0, ClipParameters.MaxMotion, out var motion)
            ? parameters with { Motion = motion }
            : Refuse(flag, value),
        ClipFlags.Duration => TryParseInRange(value, ClipParameters.MinDurationSeconds, ClipParameters.MaxDurationSeconds, out var duration)
            ? parameters with { DurationSeconds = duration }
            : Refuse(flag, value),
        ClipFlags.Slot => TryParseInRange(value, 1, ClipFlags.MaxSlot, out var slot)
            ? parameters with { Slot = slot }
            : Refuse(flag, value),
        ClipFlags.Style => IsStyleWord(value)
            ? parameters with { Style = value.ToLowerInvariant() }
            : Refuse(flag, value),
        _ => throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown flag."),
    };

    private static Error Refuse(string flag, string value)
    {
        var shown = value.Length <= 24 ? value : value[..24] + "…";
        return Error.Invalid($"`--{flag} {shown}` is not allowed: use {Describe(flag)}.");
    }

    private static bool TryParseInRange(string value, int min, int max, out int result) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result) && result >= min && result <= max;

    private static bool IsStyleWord(string value) =>
        value.Length is > 0 and <= ClipFlags.MaxStyleLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
