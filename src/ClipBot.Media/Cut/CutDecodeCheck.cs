namespace ClipBot.Media.Cut;

/// <summary>How much of a finished cut is decoded before it is accepted.</summary>
internal enum CutDecodeCheck
{
    /// <summary>
    /// The first frames after every seam. Everything else is a byte copy of frames decoded at ingest; a full
    /// decode of a 4-minute 720p cut takes 12–14 s of CPU here against about 1 s for the cut itself.
    /// </summary>
    Seams,

    /// <summary>Every frame of every stream, as <c>ffmpeg -v error -i cut.mp4 -f null -</c> does.</summary>
    Everything,
}
