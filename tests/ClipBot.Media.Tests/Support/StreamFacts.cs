namespace ClipBot.Media.Tests.Support;

/// <summary>What a test checks about a video file's first video stream.</summary>
internal sealed record StreamFacts(string Codec, string PixelFormat, int Width, int Height, double DurationSeconds, string FormatName);
