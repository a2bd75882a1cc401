using System.ComponentModel;
using System.Diagnostics;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// Finds bench/queue-bullmq and installs BullMQ 5 there from npm on first use (node_modules is ignored by git).
/// </summary>
internal static class QueueBullMqSetup
{
    private const string Folder = "bench/queue-bullmq";

    /// <summary>The folder, found from the working directory or the benchmark's own output folder upwards.</summary>
    public static string? FindFolder()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, Folder);
                if (File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Runs `npm install` unless bullmq is already there; null when it worked, else what went wrong.</summary>
    public static async Task<string?> InstallAsync(string folder, CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(folder, "node_modules", "bullmq", "package.json")))
        {
            return null;
        }

        var start = new ProcessStartInfo("npm")
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        // No lock file: package.json pins bullmq, and the folder keeps only what was written by hand.
        foreach (var argument in new[] { "install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var npm = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
            var stdout = npm.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = npm.StandardError.ReadToEndAsync(cancellationToken);
            await npm.WaitForExitAsync(cancellationToken);
            return npm.ExitCode == 0
                ? null
                : $"npm install in {folder} exited with {npm.ExitCode}:{Environment.NewLine}{await stdout}{await stderr}";
        }
        catch (Win32Exception exception)
        {
            return $"npm could not be started ({exception.Message}); install Node.js 18+ with npm (Debian: apt-get install nodejs npm).";
        }
    }
}
