using System.Diagnostics;

namespace ClipBot.Host.Tests.Infrastructure;

/// <summary>Starts the built ClipBot.Host as an operator would, with settings in CLIPBOT_ environment variables.</summary>
public static class HostProcess
{
    public static Process Start(IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(HostDll());
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>Runs the host until it exits by itself; returns its exit code and standard error.</summary>
    public static async Task<(int ExitCode, string Error)> RunToExitAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        using var process = Start(environment);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            var error = await process.StandardError.ReadToEndAsync(cancel.Token);
            await process.WaitForExitAsync(cancel.Token);
            return (process.ExitCode, error);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    /// <summary>The host built by the same configuration as these tests (Release under build.sh, Debug in an IDE).</summary>
    private static string HostDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (!File.Exists(Path.Combine(root.FullName, "ClipBot.sln")))
        {
            root = root.Parent!;
        }

        var dll = Path.Combine(root.FullName, "src", "ClipBot.Host", "bin", configuration, "net10.0", "ClipBot.Host.dll");
        Assert.True(File.Exists(dll), $"{dll} is built with the tests");
        return dll;
    }
}
