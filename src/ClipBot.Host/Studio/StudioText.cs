namespace ClipBot.Host.Studio;

/// <summary>How the Studio API quotes what a caller sent back to them in an error.</summary>
internal static class StudioText
{
    /// <summary>At most 24 characters of it, so a refusal stays short however long the input was.</summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 24 ? text : text[..24] + "…";
    }
}
