namespace ClipBot.Media.Local;

/// <summary>The subject words that pick a scene; the first one in the prompt wins.</summary>
internal static class SceneCatalog
{
    private static readonly Dictionary<string, SceneKind> ByWord = new(StringComparer.Ordinal)
    {
        ["city"] = SceneKind.Skyline, ["skyline"] = SceneKind.Skyline, ["buildings"] = SceneKind.Skyline,
        ["building"] = SceneKind.Skyline, ["skyscraper"] = SceneKind.Skyline, ["skyscrapers"] = SceneKind.Skyline,
        ["town"] = SceneKind.Skyline, ["downtown"] = SceneKind.Skyline, ["metropolis"] = SceneKind.Skyline,
        ["street"] = SceneKind.Skyline, ["streets"] = SceneKind.Skyline,
        ["ocean"] = SceneKind.Ocean, ["sea"] = SceneKind.Ocean, ["water"] = SceneKind.Ocean,
        ["waves"] = SceneKind.Ocean, ["wave"] = SceneKind.Ocean, ["beach"] = SceneKind.Ocean,
        ["lake"] = SceneKind.Ocean, ["shore"] = SceneKind.Ocean, ["surf"] = SceneKind.Ocean,
        ["space"] = SceneKind.Starfield, ["stars"] = SceneKind.Starfield, ["star"] = SceneKind.Starfield,
        ["starfield"] = SceneKind.Starfield, ["galaxy"] = SceneKind.Starfield, ["galaxies"] = SceneKind.Starfield,
        ["cosmos"] = SceneKind.Starfield, ["universe"] = SceneKind.Starfield, ["nebula"] = SceneKind.Starfield,
        ["forest"] = SceneKind.Forest, ["trees"] = SceneKind.Forest, ["tree"] = SceneKind.Forest,
        ["woods"] = SceneKind.Forest, ["jungle"] = SceneKind.Forest, ["grove"] = SceneKind.Forest,
        ["fire"] = SceneKind.Fire, ["flames"] = SceneKind.Fire, ["flame"] = SceneKind.Fire,
        ["burning"] = SceneKind.Fire, ["inferno"] = SceneKind.Fire, ["campfire"] = SceneKind.Fire,
        ["bonfire"] = SceneKind.Fire, ["blaze"] = SceneKind.Fire,
        ["abstract"] = SceneKind.Abstract, ["fractal"] = SceneKind.Abstract, ["pattern"] = SceneKind.Abstract,
    };

    /// <summary>Whether the word names a subject; such words set a palette only when no colour or mood word does.</summary>
    public static bool IsSubjectWord(string word) => ByWord.ContainsKey(word);

    public static SceneKind Choose(PromptWords words)
    {
        ArgumentNullException.ThrowIfNull(words);

        for (var i = 0; i < words.Words.Count; i++)
        {
            var word = words.Words[i];

            // "night" alone is a mood; "night sky" is a starfield.
            if (string.Equals(word, "night", StringComparison.Ordinal) && words.HasPair(i, "sky"))
            {
                return SceneKind.Starfield;
            }

            if (ByWord.TryGetValue(word, out var kind))
            {
                return kind;
            }
        }

        return SceneKind.Abstract;
    }
}
