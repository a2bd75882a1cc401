namespace ClipBot.Media.Processes;

/// <summary>One external program run: what to start, with which arguments, and how long it may take.</summary>
/// <param name="Tool">A short name for logs and errors, e.g. "ffmpeg".</param>
internal sealed record ProcessSpec(string Tool, string FileName, IReadOnlyList<string> Arguments, TimeSpan Timeout);
