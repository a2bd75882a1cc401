using System.ComponentModel.DataAnnotations;

namespace ClipBot.Media;

/// <summary>Where the FFmpeg tools are and how hard ClipBot may drive them.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>The ffmpeg executable: a name looked up on PATH, or a full path.</summary>
    [Required(AllowEmptyStrings = false)]
    public string FfmpegPath { get; set; } = "ffmpeg";

    /// <summary>The ffprobe executable: a name looked up on PATH, or a full path.</summary>
    [Required(AllowEmptyStrings = false)]
    public string FfprobePath { get; set; } = "ffprobe";

    /// <summary>The longest one ffmpeg or ffprobe run may take before it is killed.</summary>
    [Range(5, 3600)]
    public int TimeoutSeconds { get; set; } = 120;

    /// <summary>
    /// One x264 run already keeps about two cores busy, so more encodes at once than cores ÷ 2 only add
    /// memory and latency.
    /// </summary>
    [Range(1, 64)]
    public int MaxParallelEncodes { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>
    /// How many MiB the cut's cached crossfades and credits cards may take before the least recently used
    /// are deleted. A crossfade is cheap to render again; a full disk stops every render.
    /// </summary>
    [Range(16, 1_000_000)]
    public int CutCacheMegabytes { get; set; } = 512;
}
