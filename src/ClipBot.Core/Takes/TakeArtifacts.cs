namespace ClipBot.Core.Takes;

/// <summary>The files ingest made for a take, as names relative to the media folder.</summary>
public sealed record TakeArtifacts(
    string VideoFile,
    string PosterFile,
    int Width,
    int Height,
    double DurationSeconds,
    long VideoBytes);
