namespace ClipBot.Media.Arguments;

/// <summary>What every ffmpeg and ffprobe command line shares.</summary>
internal static class FfmpegArguments
{
    /// <summary>Quiet except for errors, which end up in the stderr tail; never reads stdin; overwrites.</summary>
    public static IReadOnlyList<string> Prelude { get; } =
        ["-hide_banner", "-nostdin", "-nostats", "-loglevel", "error", "-y"];

    /// <summary>Machine-readable progress on stdout, which the runner turns into a percentage.</summary>
    public static IReadOnlyList<string> Progress { get; } = ["-progress", "pipe:1"];

    /// <summary>
    /// A local file as ffmpeg must see it: the <c>file:</c> prefix stops a name such as "a:b.mp4" from being
    /// read as a protocol, and an absolute path stops one starting with '-' from being read as an option.
    /// </summary>
    public static string File(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!Path.IsPathFullyQualified(path))
        {
            throw new ArgumentException($"FFmpeg paths must be absolute: '{path}'.", nameof(path));
        }

        return "file:" + path;
    }
}
