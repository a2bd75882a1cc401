using System.Globalization;

namespace ClipBot.Media.Arguments;

/// <summary>
/// Renders the card that stands in for an empty slot: its title large and its brief smaller, on a plain
/// dark background, with a keyframe every half second like a mezzanine, so crossfades can start and end
/// on it and the cut can resume copying on it. The title and the brief are user input: drawtext reads
/// them from files, never from the graph.
/// </summary>
internal static class SlotCardArguments
{
    public const string OutputLabel = "out";

    /// <summary>A dark slate rather than black: a placeholder, not the credits or a fade to black.</summary>
    public const string Background = "0x16181d";

    public const string TitleColour = "white";

    public const string BriefColour = "0xb4b9c3";

    /// <param name="briefPath">The brief's text file, or null for a card without a brief.</param>
    /// <param name="briefLines">How many lines the brief's file holds, to centre the text.</param>
    /// <param name="encode">The video output options (<see cref="CutEncodeArguments.Video"/>).</param>
    public static IReadOnlyList<string> Build(
        string titlePath,
        string? briefPath,
        int briefLines,
        string? fontFile,
        SlotCardLayout layout,
        IReadOnlyList<string> encode,
        string? timescale,
        string outputPath)
    {
        ArgumentNullException.ThrowIfNull(layout);

        var graph = Graph(titlePath, briefPath, briefLines, fontFile, layout);
        return CutEncodeArguments.Card(graph, OutputLabel, layout.Frames, encode, timescale, StitchableH264.KeyframeGrid, outputPath);
    }

    public static string Graph(string titlePath, string? briefPath, int briefLines, string? fontFile, SlotCardLayout layout)
    {
        ArgumentException.ThrowIfNullOrEmpty(titlePath);
        ArgumentNullException.ThrowIfNull(layout);

        var lines = briefPath is null ? 0 : briefLines;
        var graph = $"color=c={Background}:s={Number(layout.Width)}x{Number(layout.Height)}:r={Number(layout.Fps)}," +
            DrawText.FromFile(titlePath, fontFile, layout.TitleFontSize, TitleColour) +
            $":x=(w-text_w)/2:y={Number(layout.TitleTop(lines))},";
        if (briefPath is not null)
        {
            graph += DrawText.FromFile(briefPath, fontFile, layout.BriefFontSize, BriefColour) +
                $":line_spacing={Number(layout.BriefLineSpacing)}:x=(w-text_w)/2:y={Number(layout.BriefTop(lines))},";
        }

        return graph + $"setsar=1,format=yuv420p[{OutputLabel}]";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
