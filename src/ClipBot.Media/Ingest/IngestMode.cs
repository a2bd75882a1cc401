namespace ClipBot.Media.Ingest;

/// <summary>How a source becomes the take's MP4.</summary>
internal enum IngestMode
{
    /// <summary>Already browser-safe H.264 yuv420p: copy the stream, only the container changes.</summary>
    Remux,

    /// <summary>Anything else: re-encode to H.264 yuv420p.</summary>
    Transcode,
}
