namespace ClipBot.Media.Local;

/// <summary>
/// The caption font file, if one of the usual ones is installed; otherwise drawtext asks fontconfig for
/// "Sans", which Debian's ffmpeg package pulls in.
/// </summary>
internal sealed class CaptionFont
{
    private static readonly string[] DefaultCandidates =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/TTF/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    ];

    private readonly Lazy<string?> _file;

    public CaptionFont()
        : this(DefaultCandidates)
    {
    }

    public CaptionFont(IReadOnlyList<string> candidates) =>
        _file = new Lazy<string?>(() => candidates.FirstOrDefault(File.Exists));

    public string? FontFile => _file.Value;
}
