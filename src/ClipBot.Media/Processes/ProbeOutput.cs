namespace ClipBot.Media.Processes;

/// <summary>What ffprobe printed. A non-zero exit code usually means the input is not media at all.</summary>
internal sealed record ProbeOutput(int ExitCode, string Json, string StderrTail);
