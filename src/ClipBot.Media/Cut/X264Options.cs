using System.Globalization;
using System.Text;

namespace ClipBot.Media.Cut;

/// <summary>
/// The settings x264 writes into every stream it makes (an SEI message: "x264 - core … options: cabac=1
/// ref=1 …"). The cut reads them from a take so that the pieces it encodes itself (crossfades, credits)
/// spend bits like the takes around them, whichever rendition those are.
/// </summary>
internal sealed class X264Options
{
    private const string Marker = "x264 - core";
    private const string OptionsMarker = "options: ";

    // The SEI sits in the first frame, right after the index of a faststart file.
    private const int SearchBytes = 2 * 1024 * 1024;

    private readonly Dictionary<string, string> _values;

    private X264Options(Dictionary<string, string> values) => _values = values;

    public string? this[string key] => _values.GetValueOrDefault(key);

    /// <summary>Parses the text after "options: ".</summary>
    public static X264Options Parse(string options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in options.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                values[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        return new X264Options(values);
    }

    /// <summary>The options of the x264 stream in the file, or null when x264 did not make it.</summary>
    public static X264Options? Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var buffer = new byte[(int)Math.Min(SearchBytes, stream.Length)];
        stream.ReadExactly(buffer);
        var start = buffer.AsSpan().IndexOf(Encoding.ASCII.GetBytes(Marker));
        if (start < 0)
        {
            return null;
        }

        var text = buffer.AsSpan(start);
        var end = text.IndexOf((byte)0);
        var sei = Encoding.ASCII.GetString(end < 0 ? text : text[..end]);
        var options = sei.IndexOf(OptionsMarker, StringComparison.Ordinal);
        return options < 0 ? null : Parse(sei[(options + OptionsMarker.Length)..]);
    }

    /// <summary>
    /// ffmpeg options that spend bits the same way: the CRF of a mezzanine, or the average and peak bit
    /// rates of a delivery rendition (a peak and buffer bound every second, so a crossfade cannot push the
    /// cut over its byte cap).
    /// </summary>
    public IReadOnlyList<string> RateControl(string fallbackCrf)
    {
        ArgumentException.ThrowIfNullOrEmpty(fallbackCrf);
        List<string> arguments = this["rc"] switch
        {
            "crf" when this["crf"] is { } crf => ["-crf", crf],
            "abr" or "2pass" or "cbr" when Kilobits("bitrate") is { } bitrate => ["-b:v", bitrate],
            "cqp" when this["qp"] is { } qp => ["-qp", qp],
            _ => ["-crf", fallbackCrf],
        };
        if (Kilobits("vbv_maxrate") is { } maxrate && Kilobits("vbv_bufsize") is { } bufsize)
        {
            arguments.AddRange(["-maxrate", maxrate, "-bufsize", bufsize]);
        }

        return arguments;
    }

    // x264 prints rates in kbit/s; ffmpeg's "k" suffix means 1000, as x264's kilobits do.
    private string? Kilobits(string key) =>
        this[key] is { } value && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kilobits) && kilobits > 0
            ? kilobits.ToString(CultureInfo.InvariantCulture) + "k"
            : null;
}
