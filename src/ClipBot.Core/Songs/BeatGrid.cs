namespace ClipBot.Core.Songs;

/// <summary>The tempo of a song and the times of its beats, in seconds from the start.</summary>
public sealed record BeatGrid(double Bpm, IReadOnlyList<double> Beats);
