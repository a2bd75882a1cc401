namespace ClipBot.Media.Cut;

/// <summary>Where a stretch of the cut comes from.</summary>
internal enum PieceKind
{
    /// <summary>Frames of a take's file, copied as they are.</summary>
    Shot,

    /// <summary>A crossfade between two takes, encoded by the cut and cached.</summary>
    Transition,

    /// <summary>The credits card, encoded by the cut and cached.</summary>
    Credits,
}
