namespace ClipBot.Media.Cut;

/// <summary>A crossfade the cut needs, with the shots on either side of it.</summary>
/// <param name="LeftSource">What the left shot's frames are, for the cache key (<see cref="CacheKey.Source"/>).</param>
/// <param name="RightSource">What the right shot's frames are, for the cache key.</param>
internal sealed record TransitionJob(TransitionWindow Window, string LeftSource, string LeftPath, string RightSource, string RightPath);
