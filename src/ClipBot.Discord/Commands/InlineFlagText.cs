using System.Text.RegularExpressions;

namespace ClipBot.Discord.Commands;

/// <summary>
/// Finds the inline flags in typed text the way Core's parser reads them: a flag starts a word with "--"
/// (or a phone's em or en dash) before a letter; its value is the next word on the line or a "quoted phrase".
/// Only to compare them with the options given beside them, and to write flags Core reads back; Core still
/// parses and checks the whole text.
/// </summary>
internal static partial class InlineFlagText
{
    /// <summary>Each flag's value by the flag's name in lower case; the first wins (Core refuses a flag given twice).</summary>
    public static IReadOnlyDictionary<string, string> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Flag().Matches(text))
        {
            flags.TryAdd(match.Groups["name"].Value.ToLowerInvariant(), match.Groups["value"].Value);
        }

        return flags;
    }

    /// <summary>A flag's value as Core reads it back: one word as it is, anything with spaces in quotes (which it cannot hold itself).</summary>
    public static string Value(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        return text.Length > 0 && !text.Any(char.IsWhiteSpace) && !text.Any(IsQuote)
            ? text
            : "\"" + new string(text.Where(c => !IsQuote(c)).ToArray()) + "\"";
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D';

    [GeneratedRegex(
        """(?<=^|\s)(?:--|[\u2013\u2014])(?<name>\p{L}\S*)(?:[^\S\n]+(?!(?:--|[\u2013\u2014])\p{L})(?:["\u201C\u201D](?<value>[^"\u201C\u201D]*)|(?<value>\S+)))?""",
        RegexOptions.CultureInvariant)]
    private static partial Regex Flag();
}
