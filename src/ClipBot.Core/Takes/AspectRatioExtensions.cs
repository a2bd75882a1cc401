namespace ClipBot.Core.Takes;

public static class AspectRatioExtensions
{
    public static string ToWire(this AspectRatio aspect) => aspect switch
    {
        AspectRatio.Landscape16x9 => "16:9",
        AspectRatio.Portrait9x16 => "9:16",
        AspectRatio.Square1x1 => "1:1",
        AspectRatio.Portrait4x5 => "4:5",
        _ => throw new ArgumentOutOfRangeException(nameof(aspect), aspect, "Unknown aspect ratio."),
    };

    public static bool TryParseWire(string text, out AspectRatio aspect)
    {
        foreach (var candidate in Enum.GetValues<AspectRatio>())
        {
            if (string.Equals(candidate.ToWire(), text, StringComparison.Ordinal))
            {
                aspect = candidate;
                return true;
            }
        }

        aspect = default;
        return false;
    }

    /// <summary>The 720p-class canvas: the short side is 720 pixels, both sides even for yuv420p.</summary>
    public static (int Width, int Height) Canvas(this AspectRatio aspect) => aspect switch
    {
        AspectRatio.Landscape16x9 => (1280, 720),
        AspectRatio.Portrait9x16 => (720, 1280),
        AspectRatio.Square1x1 => (720, 720),
        AspectRatio.Portrait4x5 => (720, 900),
        _ => throw new ArgumentOutOfRangeException(nameof(aspect), aspect, "Unknown aspect ratio."),
    };

    public static IReadOnlyList<string> WireNames { get; } =
        Enum.GetValues<AspectRatio>().Select(a => a.ToWire()).ToArray();
}
