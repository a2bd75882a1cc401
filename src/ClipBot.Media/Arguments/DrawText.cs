using System.Globalization;

namespace ClipBot.Media.Arguments;

/// <summary>
/// The start of every drawtext filter ClipBot writes. The text is user input (prompts, names, briefs), so
/// it never enters the graph: drawtext reads it from a file, with expansion off so "%{...}" stays text.
/// </summary>
internal static class DrawText
{
    /// <summary>"drawtext=…:fontcolor=…", ready for the position and spacing options of its caller.</summary>
    /// <param name="fontFile">The font to draw with; null asks fontconfig for "Sans".</param>
    /// <param name="colour">A colour ffmpeg knows by name or as 0xRRGGBB; not user input.</param>
    public static string FromFile(string textPath, string? fontFile, int fontSize, string colour)
    {
        ArgumentException.ThrowIfNullOrEmpty(textPath);
        ArgumentException.ThrowIfNullOrEmpty(colour);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fontSize);

        var font = fontFile is null ? "font=Sans" : $"fontfile={FilterGraphEscaper.EscapeValue(fontFile)}";
        return $"drawtext={font}:textfile={FilterGraphEscaper.EscapeValue(textPath)}:expansion=none" +
            $":fontsize={fontSize.ToString(CultureInfo.InvariantCulture)}:fontcolor={colour}";
    }
}
