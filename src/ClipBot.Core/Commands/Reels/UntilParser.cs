using System.Globalization;
using ClipBot.Core.Results;

namespace ClipBot.Core.Commands.Reels;

/// <summary>Reads <c>--until</c>: a span from now (90m, 2h, 3d) or a UTC time (2026-12-01T20:00Z).</summary>
internal static class UntilParser
{
    public const int MaxDays = 90;

    public const string Allowed = "a span like 90m, 2h or 3d, or a time like 2026-12-01T20:00Z";

    public static Result<DateTimeOffset> Parse(string text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        DateTimeOffset at;
        if (value.Length >= 2 && char.IsDigit(value[0]) && value[^1] is 'm' or 'h' or 'd'
            && int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            var unit = value[^1] switch { 'm' => TimeSpan.FromMinutes(1), 'h' => TimeSpan.FromHours(1), _ => TimeSpan.FromDays(1) };
            at = amount <= MaxDays * 24 * 60 ? now + (unit * amount) : DateTimeOffset.MaxValue;
        }
        else if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out at))
        {
            return Error.Invalid($"`--until {Shorten(value)}` is not a time: use {Allowed}.");
        }

        if (at <= now)
        {
            return Error.Invalid($"`--until {Shorten(value)}` has passed; give a time in the future.");
        }

        return at - now > TimeSpan.FromDays(MaxDays)
            ? Error.Invalid($"`--until {Shorten(value)}` is too far off: at most {MaxDays} days from now.")
            : at;
    }

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
