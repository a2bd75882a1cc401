namespace ClipBot.Core.Cuts;

/// <summary>A rendered and checked cut: its file (relative to the media folder), length and size.</summary>
public sealed record CutResult(string File, double DurationSeconds, long Bytes);
