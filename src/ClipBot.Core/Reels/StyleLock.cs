namespace ClipBot.Core.Reels;

/// <summary>
/// Keeps a reel's takes looking like one video: a prefix and suffix added to every prompt, and words a
/// prompt for this reel may not contain.
/// </summary>
public sealed record StyleLock(string? Prefix = null, string? Suffix = null)
{
    public const int MaxAffixLength = 200;

    public IReadOnlyList<string> BannedWords { get; init; } = [];

    public static StyleLock None { get; } = new();

    /// <summary>The first banned word the prompt contains, as a whole word and ignoring case; null when none.</summary>
    public string? FindBanned(string prompt)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var words = prompt.Split(
            [' ', '\t', '\n', ',', '.', ';', ':', '!', '?', '"', '\'', '(', ')', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
        return BannedWords.FirstOrDefault(banned => words.Contains(banned, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The prompt a take of this reel is generated from: prefix, the slot's brief, the fan's words, suffix.</summary>
    public string Apply(string prompt, string? brief)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        string?[] parts = [Prefix, brief, prompt, Suffix];
        return string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
    }
}
