namespace ClipBot.Media.Arguments;

/// <summary>
/// The card of an empty slot: its frame, its length and where its text goes. The title ("Shot 3") reads
/// from across a room; the brief under it is as small as the credits' type, and the two are centred as a
/// block.
/// </summary>
internal sealed record SlotCardLayout(int Width, int Height, int Fps, int Frames)
{
    /// <summary>A brief longer than this ends in an ellipsis: a card is up for a few seconds.</summary>
    public const int BriefMaxLines = 4;

    public int TitleFontSize => Math.Max(12, (int)Math.Round(Math.Min(Width, Height) * 0.12));

    public int BriefFontSize => Math.Max(10, (int)Math.Round(Math.Min(Width, Height) * 0.045));

    public int BriefLineSpacing => BriefFontSize / 3;

    /// <summary>The room between the title and the brief.</summary>
    public int Gap => BriefFontSize;

    /// <summary>Characters of the title in 90 % of the width.</summary>
    public int TitleMaxChars => Math.Max(4, (int)(Width * 0.9 / (TitleFontSize * CreditsLayout.AverageCharWidth)));

    /// <summary>Characters per line of the brief in 80 % of the width.</summary>
    public int BriefMaxChars => Math.Max(12, (int)(Width * 0.8 / (BriefFontSize * CreditsLayout.AverageCharWidth)));

    /// <summary>The top of the title, so that the title and a brief of <paramref name="briefLines"/> lines sit centred.</summary>
    public int TitleTop(int briefLines)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(briefLines);
        var block = TitleFontSize + (briefLines > 0 ? Gap + (briefLines * BriefFontSize) + ((briefLines - 1) * BriefLineSpacing) : 0);
        return Math.Max(0, (Height - block) / 2);
    }

    /// <summary>The top of the brief, under the title.</summary>
    public int BriefTop(int briefLines) => TitleTop(briefLines) + TitleFontSize + Gap;
}
