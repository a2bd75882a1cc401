using System.Globalization;
using System.Text;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Commands.Clip;

/// <summary>
/// Reads "/clip" arguments: free prompt text with inline flags anywhere in it. Flags are recognised only
/// at the start of a word, so hyphens inside the prompt ("a well--lit room") stay prompt text. Phones turn
/// "--" into an em or en dash, so "—ar" counts as "--ar".
/// </summary>
internal static class ClipCommandParser
{
    public static Result<ClipParameters> Parse(string arguments, uint defaultSeed)
    {
        ArgumentNullException.ThrowIfNull(arguments);
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
            if (!ClipFlags.All.Contains(name))
            {
                return Error.Invalid(string.Create(CultureInfo.InvariantCulture,
                    $"Unknown flag `--{Shorten(name)}`. Allowed flags: {ClipFlags.AllowedList}."));
            }

            if (values.ContainsKey(name))
            {
                return Error.Invalid($"`--{name}` is given twice; give it once.");
            }

            var value = ReadValue(text, nameEnd, out position);
            if (value is null)
            {
                return Error.Invalid($"`--{name}` needs a value: {ClipFlagValues.Describe(name)}.");
            }

            values[name] = value;
            prompt.Append(' ');
        }

        return Build(CollapseSpaces(prompt.ToString()), values, defaultSeed);
    }

    private static Result<ClipParameters> Build(string prompt, Dictionary<string, string> values, uint defaultSeed)
    {
        if (prompt.Length == 0)
        {
            return Error.Invalid("Write a prompt after /clip, e.g. `/clip a neon city at dusk --ar 16:9`.");
        }

        if (prompt.Length > ClipParameters.MaxPromptLength)
        {
            return Error.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"The prompt is {prompt.Length} characters; the limit is {ClipParameters.MaxPromptLength}."));
        }

        if (prompt.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            return Error.Invalid("The prompt contains a control character; use plain text.");
        }

        var parameters = new ClipParameters { Prompt = prompt, Seed = defaultSeed };
        foreach (var (name, value) in values)
        {
            var applied = ClipFlagValues.Apply(parameters, name, value);
            if (!applied.IsSuccess)
            {
                return applied;
            }

            parameters = applied.Value;
        }

        return parameters;
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
