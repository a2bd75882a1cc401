namespace ClipBot.Media.Arguments;

/// <summary>The credits card's frame, length and type size.</summary>
internal sealed record CreditsLayout(int Width, int Height, int Fps, int Frames)
{
    /// <summary>DejaVu Sans averages a little under 0.6 em per character in running text.</summary>
    public const double AverageCharWidth = 0.58;

    /// <summary>About 20 lines on a landscape frame: readable at 480p, and 55 shots still roll by in a few seconds.</summary>
    public int FontSize => Math.Max(12, (int)Math.Round(Math.Min(Width, Height) * 0.035));

    /// <summary>Characters per line in 90 % of the width.</summary>
    public int MaxCharsPerLine => Math.Max(12, (int)(Width * 0.9 / (FontSize * AverageCharWidth)));
}
