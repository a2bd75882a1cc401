namespace ClipBot.Discord.Interactions;

/// <summary>Text cut to Discord's limits: what does not fit ends in "…", so a reader sees it was cut.</summary>
internal static class DiscordText
{
    public const string Ellipsis = "…";

    public static string Fit(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - Ellipsis.Length;
        // Never split a surrogate pair: half an emoji is not text.
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + Ellipsis;
    }

    /// <summary>A prompt on one line, shortened for a message, e.g. in a caption.</summary>
    public static string Quote(string prompt, int maxLength) => Fit(prompt.ReplaceLineEndings(" "), maxLength);
}
