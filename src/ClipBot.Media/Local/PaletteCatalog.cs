namespace ClipBot.Media.Local;

/// <summary>The palettes the local generator knows, and the colour and mood words that call them up.</summary>
internal static class PaletteCatalog
{
    private static readonly (Palette Palette, string[] Words)[] Entries =
    [
        (Make("neon", 0x0B0121, 0x7A04EB, 0x120458, 0x00F0FF, 0xFF00C8), ["neon", "cyberpunk", "synthwave", "vaporwave", "magenta", "cyan"]),
        (Make("dusk", 0x2B1055, 0xFF7E5F, 0x1A0F2E, 0xFEB47B, 0xFFD166), ["dusk", "sunset", "sunrise", "dawn", "evening", "twilight", "orange"]),
        (Make("ocean", 0x03045E, 0x0077B6, 0x023E8A, 0x90E0EF, 0xCAF0F8), ["ocean", "sea", "blue", "water", "aqua", "marine", "underwater"]),
        (Make("forest", 0x081C15, 0x2D6A4F, 0x1B4332, 0x95D5B2, 0xD8F3DC), ["forest", "green", "jungle", "leaf", "leaves", "moss", "woods"]),
        (Make("fire", 0x1A0000, 0x9D0208, 0x370617, 0xF48C06, 0xFFBA08), ["fire", "flame", "flames", "lava", "red", "inferno", "ember", "embers", "burning"]),
        (Make("night", 0x000000, 0x0B1A3A, 0x02040F, 0x3A5A9A, 0xE8E8FF), ["night", "dark", "midnight", "shadow", "shadows", "black"]),
        (Make("gold", 0x2B1D0E, 0xB8860B, 0x3D2B12, 0xFFE066, 0xFFF3B0), ["gold", "golden", "amber", "yellow", "honey"]),
        (Make("pastel", 0xCDB4DB, 0xFFC8DD, 0x8E7DBE, 0xBDE0FE, 0xFFAFCC), ["pastel", "soft", "dreamy", "candy", "pink", "cotton"]),
        (Make("gloomy", 0x1C1C22, 0x5C6370, 0x2A2D34, 0x9AA0A6, 0xC9D1D9), ["gloomy", "grey", "gray", "rain", "rainy", "fog", "foggy", "storm", "stormy", "sad", "bleak", "mist"]),
        (Make("happy", 0x4CC9F0, 0xFEE440, 0xF15BB5, 0x00F5D4, 0xFFFFFF), ["happy", "bright", "sunny", "cheerful", "joy", "joyful", "summer", "colorful", "colourful"]),
        (Make("ice", 0x0A2342, 0xA9D6E5, 0x2C7DA0, 0xE0FBFC, 0xFFFFFF), ["ice", "icy", "snow", "winter", "frozen", "frost", "cold", "arctic"]),
        (Make("violet", 0x10002B, 0x7B2CBF, 0x240046, 0xC77DFF, 0xE0AAFF), ["purple", "violet", "lavender", "ultraviolet", "mystic"]),
    ];

    private static readonly Dictionary<string, Palette> ByWord = Entries
        .SelectMany(entry => entry.Words.Select(word => (word, entry.Palette)))
        .ToDictionary(pair => pair.word, pair => pair.Palette, StringComparer.Ordinal);

    public static IReadOnlyList<Palette> All { get; } = Entries.Select(entry => entry.Palette).ToArray();

    /// <summary>
    /// The palette of the first colour or mood word in the prompt; failing that, of the first subject word
    /// that implies one ("ocean", "fire"); else one picked by the seed. The scene already shows the subject,
    /// so "an ocean at sunset" is a sunset-coloured sea, not a blue one.
    /// </summary>
    public static Palette Choose(PromptWords words, SplitMix64 seeded)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(seeded);

        return First(words, skipSubjects: true) ?? First(words, skipSubjects: false) ?? seeded.Pick(All);
    }

    private static Palette? First(PromptWords words, bool skipSubjects)
    {
        foreach (var word in words.Words)
        {
            if (ByWord.TryGetValue(word, out var palette) && !(skipSubjects && SceneCatalog.IsSubjectWord(word)))
            {
                return palette;
            }
        }

        return null;
    }

    private static Palette Make(string name, int deep, int mid, int dark, int light, int accent) =>
        new(name, Rgb.FromHex(deep), Rgb.FromHex(mid), Rgb.FromHex(dark), Rgb.FromHex(light), Rgb.FromHex(accent));
}
