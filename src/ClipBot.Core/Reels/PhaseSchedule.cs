namespace ClipBot.Core.Reels;

/// <summary>A phase change the bot carries out by itself: <c>/reel vote --until 2026-12-01T20:00Z</c> moves on at that time.</summary>
public sealed record PhaseSchedule(ReelPhase Next, DateTimeOffset At);
