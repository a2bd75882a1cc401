using System.Globalization;
using ClipBot.Core.Results;

namespace ClipBot.Core.Commands.Reels;

/// <summary>
/// Reads typed flag values and keeps the first refusal, so a parser reads every flag in a straight line
/// and reports what was wrong first. Each refusal names the flag, the value and what is allowed.
/// </summary>
internal sealed class FlagReader(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> allowed)
{
    public Error? Error { get; private set; }

    public void Fail(string message) => Error ??= Results.Error.Invalid(message);

    public string? Text(string flag, int maxLength)
    {
        if (!values.TryGetValue(flag, out var value))
        {
            return null;
        }

        value = value.Trim();
        if (value.Length == 0 || value.Length > maxLength || value.Any(c => char.IsControl(c)))
        {
            Refuse(flag, value);
            return null;
        }

        return value;
    }

    public double? Number(string flag, double min, double max)
    {
        if (Text(flag, 20) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number) || number < min || number > max)
        {
            Refuse(flag, text);
            return null;
        }

        return number;
    }

    public int? Integer(string flag, int min, int max)
    {
        if (Text(flag, 20) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Refuse(flag, text);
            return null;
        }

        return number;
    }

    /// <summary>A list of numbers separated by commas, each within the range.</summary>
    public IReadOnlyList<double>? Numbers(string flag, double min, double max)
    {
        if (Text(flag, 4000) is not { } text)
        {
            return null;
        }

        var numbers = new List<double>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number) || number < min || number > max)
            {
                Fail(string.Create(CultureInfo.InvariantCulture, $"`--{flag}` has `{Shorten(part)}`, which is not allowed: each must be from {min} to {max}."));
                return null;
            }

            numbers.Add(number);
        }

        return numbers;
    }

    /// <summary>True for <paramref name="yes"/>, false for <paramref name="no"/>, <paramref name="fallback"/> when absent.</summary>
    public bool Choice(string flag, string yes, string no, bool fallback)
    {
        if (Text(flag, 20) is not { } text)
        {
            return fallback;
        }

        if (string.Equals(text, yes, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(text, no, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Refuse(flag, text);
        return fallback;
    }

    private void Refuse(string flag, string value) =>
        Fail($"`--{flag} {Shorten(value)}` is not allowed: use {allowed[flag]}.");

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
