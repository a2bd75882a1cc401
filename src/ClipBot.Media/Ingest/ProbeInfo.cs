namespace ClipBot.Media.Ingest;

/// <summary>The parts of ffprobe's report that ingest and delivery decide on.</summary>
/// <param name="HasAudio">Whether any audio stream is present; delivery keeps the sound, ingest drops it.</param>
internal sealed record ProbeInfo(string FormatName, double? DurationSeconds, VideoStreamInfo? Video, bool HasAudio = false);
