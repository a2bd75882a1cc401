namespace ClipBot.Media.Local;

/// <summary>Caption sizes derived from the canvas, so every aspect gets the same look.</summary>
internal sealed record CaptionStyle(int FontSize, int MaxCharsPerLine, int Margin)
{
    // DejaVu Sans averages a little under 0.6 em per character in running text.
    private const double AverageCharWidth = 0.58;

    public static CaptionStyle For(int width, int height)
    {
        var fontSize = Math.Max(14, (int)Math.Round(Math.Min(width, height) * 0.05));
        var maxChars = Math.Max(8, (int)(width * 0.88 / (fontSize * AverageCharWidth)));
        return new CaptionStyle(fontSize, maxChars, (int)Math.Round(height * 0.06));
    }
}
