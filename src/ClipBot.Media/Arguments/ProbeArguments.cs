namespace ClipBot.Media.Arguments;

/// <summary>The ffprobe command line that describes a file's container and streams as JSON.</summary>
internal static class ProbeArguments
{
    public static IReadOnlyList<string> Build(string path) =>
    [
        "-hide_banner",
        "-loglevel", "error",
        "-print_format", "json",
        "-show_format",
        "-show_streams",
        FfmpegArguments.File(path),
    ];
}
