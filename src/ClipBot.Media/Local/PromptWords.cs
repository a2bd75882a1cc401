namespace ClipBot.Media.Local;

/// <summary>
/// The words of a prompt, lower-cased and in order, that the palette and scene choices read. Words of the
/// negative prompt are taken out, so "--neg city" really keeps the skyline away.
/// </summary>
internal sealed class PromptWords
{
    private PromptWords(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public static PromptWords From(string prompt, string? style = null, string? negative = null)
    {
        ArgumentNullException.ThrowIfNull(prompt);

        var banned = Split(negative ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var words = Split(prompt).Concat(Split(style ?? string.Empty)).Where(word => !banned.Contains(word)).ToArray();
        return new PromptWords(words);
    }

    /// <summary>True when the word at <paramref name="index"/> is followed directly by <paramref name="second"/>.</summary>
    public bool HasPair(int index, string second) =>
        index + 1 < Words.Count && string.Equals(Words[index + 1], second, StringComparison.Ordinal);

    private static IEnumerable<string> Split(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
