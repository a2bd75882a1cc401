namespace ClipBot.Core.Songs;

/// <summary>One shot of the song: where it starts and how long it lasts, in seconds. Index counts from 1.</summary>
public sealed record Shot(int Index, double StartSeconds, double DurationSeconds)
{
    public double EndSeconds => StartSeconds + DurationSeconds;
}
