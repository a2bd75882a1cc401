using System.Text;

namespace ClipBot.Media.Arguments;

/// <summary>
/// FFmpeg reads a filter graph at two levels: the graph parser splits on <c>[ ] , ;</c>, then each filter's
/// option parser splits on <c>:</c>. Both honour backslash and single quotes, and both trim unescaped
/// whitespace at the ends. A value is escaped for the inner level first, then the result for the outer one.
/// </summary>
internal static class FilterGraphEscaper
{
    private const string OptionSpecials = "\\':";
    private const string GraphSpecials = "\\'[],;";

    /// <summary>A value ready to stand after <c>key=</c> inside a filter graph string.</summary>
    public static string EscapeValue(string value) => EscapeForGraph(EscapeOptionValue(value));

    /// <summary>The first level: a value inside one filter's option list.</summary>
    public static string EscapeOptionValue(string value) => Escape(value, OptionSpecials);

    /// <summary>The second level: text inside the filter graph description.</summary>
    public static string EscapeForGraph(string text) => Escape(text, GraphSpecials);

    private static string Escape(string text, string specials)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            // Escaping every blank keeps leading and trailing ones, which the parsers would otherwise trim.
            if (specials.Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
