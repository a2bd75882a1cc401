using System.Globalization;
using System.Text;
using ClipBot.Core.Results;

namespace ClipBot.Core.Commands;

/// <summary>
/// Free text with inline flags anywhere in it: "a city at dusk --ar 16:9 --neg "no people"". Flags are
/// recognised only at the start of a word, so hyphens inside the text ("a well--lit room") stay text.
/// Phones turn "--" into an em or en dash, so "—ar" counts as "--ar". Every command reads its flags here.
/// </summary>
/// <param name="Text">What is left once the flags are taken out, with single spaces and the user's line breaks.</param>
/// <param name="Values">Each flag given, by its name without dashes, with its value.</param>
internal sealed record InlineFlags(string Text, IReadOnlyDictionary<string, string> Values)
{
    /// <param name="describeValue">Says what values a flag takes, for the refusal of a flag given without one.</param>
    public static Result<InlineFlags> Parse(string arguments, IReadOnlyCollection<string> allowed, Func<string, string> describeValue)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(allowed);
        ArgumentNullException.ThrowIfNull(describeValue);
        var text = arguments.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var prompt = new StringBuilder(text.Length);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;

        while (position < text.Length)
        {
            var wordStart = position == 0 || char.IsWhiteSpace(text[position - 1]);
            var dashes = wordStart ? FlagPrefixLength(text, position) : 0;
            if (dashes == 0)
            {
                prompt.Append(text[position]);
                position++;
                continue;
            }

            var nameEnd = position + dashes;
            while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]))
            {
                nameEnd++;
            }

            var name = text[(position + dashes)..nameEnd].ToLowerInvariant();
            if (!allowed.Contains(name))
            {
                return Error.Invalid(string.Create(CultureInfo.InvariantCulture,
                    $"Unknown flag `--{Shorten(name)}`. Allowed flags: {string.Join(", ", allowed.Select(f => "--" + f))}."));
            }

            if (values.ContainsKey(name))
            {
                return Error.Invalid($"`--{name}` is given twice; give it once.");
            }

            var value = ReadValue(text, nameEnd, out position);
            if (value is null)
            {
                return Error.Invalid($"`--{name}` needs a value: {describeValue(name)}.");
            }

            values[name] = value;
            prompt.Append(' ');
        }

        return new InlineFlags(CollapseSpaces(prompt.ToString()), values);
    }

    private static int FlagPrefixLength(string text, int position)
    {
        var c = text[position];
        // A dash before a letter is a phone's "--"; a dash standing alone is punctuation and stays in the prompt.
        if (c is '\u2014' or '\u2013')
        {
            return position + 1 < text.Length && char.IsLetter(text[position + 1]) ? 1 : 0;
        }

        return c == '-' && position + 2 < text.Length && text[position + 1] == '-' && char.IsLetter(text[position + 2]) ? 2 : 0;
    }

    /// <summary>Reads a flag's value: one word, or a "double-quoted" phrase that may hold spaces.</summary>
    private static string? ReadValue(string text, int from, out int next)
    {
        var start = from;
        while (start < text.Length && text[start] != '\n' && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start >= text.Length || text[start] == '\n' || FlagPrefixLength(text, start) > 0)
        {
            next = start;
            return null;
        }

        if (text[start] is '"' or '\u201C' or '\u201D')
        {
            var close = text.IndexOfAny(['"', '\u201C', '\u201D'], start + 1);
            if (close < 0)
            {
                next = text.Length;
                return text[(start + 1)..];
            }

            next = close + 1;
            return text[(start + 1)..close];
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        next = end;
        return text[start..end];
    }

    /// <summary>Joins the prompt pieces around removed flags with single spaces, keeping the fan's line breaks.</summary>
    private static string CollapseSpaces(string prompt)
    {
        var lines = prompt.Split('\n').Select(line => string.Join(' ', line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines).Trim();
    }

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
