namespace ClipBot.Media.Processes;

/// <summary>How a finished run ended; the stderr tail is kept for errors and logs.</summary>
internal sealed record ProcessResult(int ExitCode, string StderrTail, TimeSpan Elapsed, string CommandLine);
