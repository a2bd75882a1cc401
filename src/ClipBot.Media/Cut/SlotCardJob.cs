namespace ClipBot.Media.Cut;

/// <summary>A card the cut needs for an empty slot: what it says and how many frames the slot lasts.</summary>
/// <param name="Title">The slot's chapter title (<see cref="CutPlanner.Title"/>).</param>
/// <param name="Brief">What the slot should show; may be empty.</param>
internal sealed record SlotCardJob(string Title, string Brief, int Frames);
