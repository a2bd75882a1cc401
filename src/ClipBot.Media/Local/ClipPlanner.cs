using ClipBot.Core.Takes;

namespace ClipBot.Media.Local;

/// <summary>Reads the prompt's colour, mood and subject words and the flags into a <see cref="ClipPlan"/>.</summary>
internal static class ClipPlanner
{
    public const int Fps = 30;

    // Separate streams, so that a prompt naming its colours does not shift the layout of its seed.
    private const ulong PaletteStream = 0x5041_4C45_5454_4521;

    public static ClipPlan Plan(ClipParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        var words = PromptWords.From(parameters.Prompt, parameters.Style, parameters.Negative);
        var palette = PaletteCatalog.Choose(words, new SplitMix64(parameters.Seed ^ PaletteStream));
        var (width, height) = parameters.Aspect.Canvas();
        return new ClipPlan(
            SceneCatalog.Choose(words),
            palette,
            width,
            height,
            Fps,
            parameters.DurationSeconds,
            parameters.Camera,
            parameters.Motion,
            parameters.Seed);
    }
}
