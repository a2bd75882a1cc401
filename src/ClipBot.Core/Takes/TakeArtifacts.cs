namespace ClipBot.Core.Takes;

/// <summary>The files ingest made for a take, as names relative to the media folder.</summary>
/// <param name="VideoFile">The mezzanine: plays in browsers and joins the reel's cut by stream copy.</param>
/// <param name="PosterFile">A JPEG from the middle of the clip.</param>
/// <param name="PreviewFile">A short animated preview (under 2 MB); null for takes ingested before previews existed.</param>
/// <param name="DeliveryFile">The delivery rendition at the reel's bit budget; null outside a reel.</param>
public sealed record TakeArtifacts(
    string VideoFile,
    string PosterFile,
    int Width,
    int Height,
    double DurationSeconds,
    long VideoBytes,
    string? PreviewFile = null,
    string? DeliveryFile = null);
