namespace ClipBot.Media.Arguments;

/// <summary>One file of a concat list: which frames of it play, and for how long on the timeline.</summary>
/// <param name="Path">An absolute path.</param>
/// <param name="InFrame">The first frame played; 0 plays from the start. Must be a keyframe for stream copy.</param>
/// <param name="Frames">How many frames play.</param>
/// <param name="TimelineFrame">Where in the output they start; the duration is taken from the timeline so rounding never adds up.</param>
internal sealed record ConcatEntry(string Path, int InFrame, int Frames, int TimelineFrame);
