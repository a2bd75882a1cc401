namespace ClipBot.Media.Tests.Support;

/// <summary>Looks for live processes by a marker in their command line (Linux /proc).</summary>
internal static class ProcessTable
{
    public static bool AnyRunningWith(string marker)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out _))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline"));
                if (commandLine.Contains(marker, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            catch (IOException)
            {
                // The process ended while being looked at.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to read, so not an ffmpeg these tests started.
            }
        }

        return false;
    }
}
