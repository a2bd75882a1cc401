namespace ClipBot.Media.Cut;

/// <summary>A crossfade the cut needs, with the takes on either side of it.</summary>
internal sealed record TransitionJob(TransitionWindow Window, string LeftTakeId, string LeftPath, string RightTakeId, string RightPath);
