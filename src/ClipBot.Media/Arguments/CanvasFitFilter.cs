using System.Globalization;
using ClipBot.Core.Media;

namespace ClipBot.Media.Arguments;

/// <summary>
/// The filter chain that brings any frame onto a canvas: scaled to fit inside with black bars (letterbox),
/// or scaled to fill and the overflow cut off (crop). The sizes use the display aspect (<c>dar</c>), so
/// non-square pixels come out right; ffmpeg has already applied a phone's rotation by then.
/// </summary>
internal static class CanvasFitFilter
{
    public static string Build(Canvas canvas)
    {
        ArgumentNullException.ThrowIfNull(canvas);

        var (w, h) = (Number(canvas.Width), Number(canvas.Height));
        var wider = $"gt(dar,{w}/{h})";

        // Quoted, so the commas inside the expressions do not split the filter graph.
        return canvas.Fit switch
        {
            // Rounded to even and capped: the picture never overflows the box the bars are drawn around.
            FitMode.Letterbox =>
                $"scale=w='if({wider},{w},min({w},2*round({h}*dar/2)))':h='if({wider},min({h},2*round({w}/dar/2)),{h})',setsar=1," +
                $"pad={w}:{h}:(ow-iw)/2:(oh-ih)/2:color=black",

            // Rounded to even and floored: the picture always covers the canvas the crop takes from its centre.
            FitMode.Crop =>
                $"scale=w='if({wider},max({w},2*round({h}*dar/2)),{w})':h='if({wider},{h},max({h},2*round({w}/dar/2)))',setsar=1," +
                $"crop={w}:{h}",
            _ => throw new ArgumentOutOfRangeException(nameof(canvas), canvas.Fit, "Unknown fit mode."),
        };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
