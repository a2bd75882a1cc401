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

    /// <summary>
    /// The fan's own words in a prompt <see cref="Apply"/> made, so a take can be made again (a chat's Reroll or
    /// Remix) without the style and brief twice. What does not start or end as this style would stays as it is.
    /// </summary>
    public string Remove(string prompt, string? brief)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var words = prompt;
        foreach (var head in new[] { Prefix, brief }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim() + ", "))
        {
            if (words.StartsWith(head, StringComparison.Ordinal))
            {
                words = words[head.Length..];
            }
        }

        var tail = string.IsNullOrWhiteSpace(Suffix) ? null : ", " + Suffix.Trim();
        return tail is not null && words.EndsWith(tail, StringComparison.Ordinal) ? words[..^tail.Length] : words;
    }
}
