using System.Globalization;
using System.Text;

namespace ClipBot.Media.Arguments;

/// <summary>
/// Writes an ffmetadata file with one [CHAPTER] per mark, in milliseconds. Titles are user text, so every
/// character the format gives a meaning to is escaped.
/// </summary>
internal static class ChapterMetadata
{
    public const string Header = ";FFMETADATA1";

    private const string Specials = "=;#\\\n";

    public static string Build(IEnumerable<ChapterMark> chapters, int fps)
    {
        ArgumentNullException.ThrowIfNull(chapters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fps);

        var text = new StringBuilder(Header).Append('\n');
        foreach (var chapter in chapters)
        {
            text.Append("[CHAPTER]\n")
                .Append("TIMEBASE=1/1000\n")
                .Append("START=").Append(Milliseconds(chapter.StartFrame, fps)).Append('\n')
                .Append("END=").Append(Milliseconds(chapter.EndFrame, fps)).Append('\n')
                .Append("title=").Append(Escape(chapter.Title)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A value with <c>= ; # \</c> and line breaks escaped by a backslash, per the ffmetadata rules.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value.ReplaceLineEndings("\n"))
        {
            if (Specials.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            // Other control characters have no escape in the format; a space keeps the title on its line.
            escaped.Append(c != '\n' && char.IsControl(c) ? ' ' : c);
        }

        return escaped.ToString();
    }

    private static string Milliseconds(int frame, int fps) =>
        ((long)Math.Round(frame * 1000.0 / fps, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
}
