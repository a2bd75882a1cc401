using System.Collections.Concurrent;
using System.Diagnostics;
using ClipBot.Redis.Tests.Fixtures;
using Xunit.Abstractions;

namespace ClipBot.Redis.Tests.Faults;

/// <summary>
/// One ClipBot.Redis.TestWorker process (`dotnet ClipBot.Redis.TestWorker.dll --Key=Value ...`): Core's worker
/// loop on the Redis queue with test doubles. Its output is kept, and written to the test's output at the end.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private const string ReadyLine = "worker ready";
    private const int LogLinesShown = 60;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly TempDirectory _data;
    private readonly ITestOutputHelper _output;
    private readonly string _name;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stopwatch _age = Stopwatch.StartNew();

    private WorkerProcess(string name, IReadOnlyDictionary<string, string> settings, ITestOutputHelper output)
    {
        _name = name;
        _output = output;
        _data = new TempDirectory();

        // dotnet test sets DOTNET_HOST_PATH to the muxer that runs us; fall back to the one on PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(WorkerDll());
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.ArgumentList.Add($"--Data:Path={_data.Path}");
        start.ArgumentList.Add($"--TestWorker:ParentPid={Environment.ProcessId}");

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"{_name} exited with {_process.ExitCode} before it was ready."));
        _process.EnableRaisingEvents = true;
    }

    /// <summary>The process id; `dotnet app.dll` runs the app in the muxer's own process.</summary>
    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public static async Task<WorkerProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, ITestOutputHelper output)
    {
        var worker = new WorkerProcess(name, settings, output);
        try
        {
            worker._process.Start();
            worker._process.BeginOutputReadLine();
            worker._process.BeginErrorReadLine();
            await worker._ready.Task.WaitAsync(StartTimeout);
            output.WriteLine($"{name}: ready as pid {worker.ProcessId} after {worker._age.ElapsedMilliseconds} ms");
            return worker;
        }
        catch
        {
            await worker.DisposeAsync();
            throw;
        }
    }

    /// <summary>kill -9: no shutdown, no lease released; its jobs come back only through lease expiry.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }

        // A failed fault test is read from these lines: what each worker logged (warnings and up) and when.
        var lines = _log.ToArray();
        _output.WriteLine($"{_name}: {lines.Length} log lines{(lines.Length > LogLinesShown ? $", the last {LogLinesShown}" : string.Empty)}");
        foreach (var line in lines.TakeLast(LogLinesShown))
        {
            _output.WriteLine($"  {line}");
        }

        _process.Dispose();
        _data.Dispose();
    }

    // ReferenceOutputAssembly="false" builds the worker before the tests without copying it beside them, so
    // it is found in its own output folder, built with the same configuration and framework as the tests.
    private static string WorkerDll()
    {
        var testOutput = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent?.Name ?? string.Empty;
        var testsFolder = testOutput.Parent?.Parent?.Parent?.Parent?.FullName ?? string.Empty;
        var dll = Path.Combine(testsFolder, "ClipBot.Redis.TestWorker", "bin", configuration, framework, "ClipBot.Redis.TestWorker.dll");
        Assert.True(File.Exists(dll), $"The test worker was not built: {dll}");
        return dll;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        _log.Enqueue($"{_age.Elapsed.TotalSeconds,7:0.000} {line}");
        if (line.StartsWith(ReadyLine, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}
