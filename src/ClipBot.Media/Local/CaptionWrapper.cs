using System.Text;

namespace ClipBot.Media.Local;

/// <summary>
/// Breaks a prompt into caption lines that fit the canvas. A line that already fits is kept exactly as
/// typed; longer ones break at spaces; past the last line the text ends with an ellipsis.
/// </summary>
internal static class CaptionWrapper
{
    public const int MaxLines = 4;

    public static string Wrap(string prompt, int maxChars, int maxLines = MaxLines)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 4);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLines);

        var lines = new List<string>();
        foreach (var paragraph in Normalize(prompt).Split('\n'))
        {
            WrapParagraph(paragraph, maxChars, lines);
        }

        if (lines.Count > maxLines)
        {
            var last = lines[maxLines - 1];
            lines.RemoveRange(maxLines - 1, lines.Count - maxLines + 1);
            lines.Add((last.Length >= maxChars ? last[..(maxChars - 1)] : last).TrimEnd() + "…");
        }

        return string.Join('\n', lines);
    }

    /// <summary>One line ending for every platform, and no control characters that drawtext would draw as boxes.</summary>
    private static string Normalize(string prompt)
    {
        var text = new StringBuilder(prompt.Length);
        foreach (var c in prompt.ReplaceLineEndings("\n"))
        {
            text.Append(c == '\n' || !char.IsControl(c) ? c : ' ');
        }

        return text.ToString();
    }

    private static void WrapParagraph(string paragraph, int maxChars, List<string> lines)
    {
        if (paragraph.Length <= maxChars)
        {
            lines.Add(paragraph);
            return;
        }

        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 0)
            {
                var room = maxChars - line.Length - (line.Length > 0 ? 1 : 0);
                if (rest.Length <= room)
                {
                    line.Append(line.Length > 0 ? " " : string.Empty).Append(rest);
                    rest = string.Empty;
                }
                else if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                else
                {
                    // A word longer than a whole line (a URL, a hash) is cut where the line ends.
                    lines.Add(rest[..maxChars]);
                    rest = rest[maxChars..];
                }
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
    }
}
