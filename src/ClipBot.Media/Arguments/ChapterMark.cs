namespace ClipBot.Media.Arguments;

/// <summary>A chapter of the cut, in frames of the timeline.</summary>
internal sealed record ChapterMark(string Title, int StartFrame, int EndFrame);
