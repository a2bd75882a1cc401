namespace ClipBot.Media.Ingest;

/// <summary>The parts of ffprobe's report that ingest decides on.</summary>
internal sealed record ProbeInfo(string FormatName, double? DurationSeconds, VideoStreamInfo? Video);
