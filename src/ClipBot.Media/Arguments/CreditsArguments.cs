using System.Globalization;

namespace ClipBot.Media.Arguments;

/// <summary>
/// Renders the credits card: white text on black, centred when it fits and rolling upwards when it does
/// not. The text is user input (prompts, names), so it is read from a file with expansion off, never
/// put into the filter graph.
/// </summary>
internal static class CreditsArguments
{
    public const string OutputLabel = "out";

    public static IReadOnlyList<string> Build(
        string textPath, string? fontFile, CreditsLayout layout, IReadOnlyList<string> encode, string? timescale, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(encode);

        return CutEncodeArguments.Card(Graph(textPath, fontFile, layout), OutputLabel, layout.Frames, encode, timescale, null, outputPath);
    }

    public static string Graph(string textPath, string? fontFile, CreditsLayout layout)
    {
        ArgumentException.ThrowIfNullOrEmpty(textPath);
        ArgumentNullException.ThrowIfNull(layout);

        var seconds = (double)layout.Frames / layout.Fps;

        // Still for the first and last half second (or tenth of a short card), rolling in between.
        var hold = Math.Min(0.5, seconds / 10);
        var roll = Math.Max(seconds - (2 * hold), 1.0 / layout.Fps);
        var y = $"(h-min(text_h,h*0.9))/2-max(0,text_h-h*0.9)*clip((t-{Number(hold)})/{Number(roll)},0,1)";
        return $"color=c=black:s={Number(layout.Width)}x{Number(layout.Height)}:r={Number(layout.Fps)}," +
            DrawText.FromFile(textPath, fontFile, layout.FontSize, "white") +
            $":line_spacing={Number(layout.FontSize / 3)}" +
            $":x=(w-text_w)/2:y={FilterGraphEscaper.EscapeValue(y)}," +
            $"setsar=1,format=yuv420p[{OutputLabel}]";
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
