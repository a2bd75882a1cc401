namespace ClipBot.Core.Reels;

/// <summary>A timer a node has taken to run; <see cref="Token"/> fences its completion.</summary>
public sealed record DueTimer(ReelId Reel, ReelTimer Kind, long Token);
