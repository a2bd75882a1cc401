using ClipBot.Media.Arguments;
using static ClipBot.Media.Local.Scenes.Fx;

namespace ClipBot.Media.Local;

/// <summary>
/// The drawtext filter that lays the prompt over the bottom of the clip. The prompt itself never enters
/// the graph: drawtext reads it from a file, with expansion off so "%{...}" stays text.
/// </summary>
internal static class CaptionFilter
{
    public static string Build(string captionPath, string? fontFile, CaptionStyle style)
    {
        ArgumentException.ThrowIfNullOrEmpty(captionPath);
        ArgumentNullException.ThrowIfNull(style);

        return DrawText.FromFile(captionPath, fontFile, style.FontSize, "white") +
            $":line_spacing={N(style.FontSize / 5)}" +
            $":box=1:boxcolor=black@0.5:boxborderw={N(style.FontSize / 3)}:fix_bounds=1" +
            $":x=(w-text_w)/2:y=h-text_h-{N(style.Margin)}";
    }
}
