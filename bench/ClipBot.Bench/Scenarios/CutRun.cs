using ClipBot.Core.Cuts;
using ClipBot.Media.Cut;

namespace ClipBot.Bench.Scenarios;

/// <summary>One timed render: wall time, the ffmpeg processes' peak memory, the result and what came from the caches.</summary>
internal sealed record CutRun(double Seconds, long PeakBytes, CutResult Cut, CutStats Stats, string Path);
