using System.ComponentModel;
using System.Diagnostics;
using ClipBot.Media.Arguments;
using ClipBot.Media.Processes;
using ClipBot.Media.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Media.Tests.Processes;

public sealed class FfmpegRunnerTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task RunFfmpegAsync_Timeout_KillsFfmpegAndNamesTheTimeout()
    {
        var time = new FakeTimeProvider();
        using var kit = new MediaKit(options: new MediaOptions { TimeoutSeconds = 30 }, timeProvider: time);
        var (arguments, output, marker) = Endless();

        var run = kit.Runner.RunFfmpegAsync(arguments, output, TimeSpan.Zero, null, CancellationToken.None);
        var watch = Stopwatch.StartNew();
        while (!run.IsCompleted && watch.Elapsed < TimeSpan.FromSeconds(30))
        {
            // The timer may not exist yet on a busy machine, so fake time moves on until it fires.
            time.Advance(TimeSpan.FromSeconds(31));
            await Task.WhenAny(run, Task.Delay(100));
        }

        var error = await Assert.ThrowsAsync<MediaProcessingException>(() => run);
        Assert.Contains("timed out after 30 s", error.Message, StringComparison.Ordinal);
        Assert.Contains(marker, error.Message, StringComparison.Ordinal);
        Assert.False(ProcessTable.AnyRunningWith(marker));
    }

    [Fact]
    public async Task RunFfmpegAsync_Cancelled_KillsFfmpegAndThrowsCancellation()
    {
        using var kit = new MediaKit();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var (arguments, output, marker) = Endless();

        var run = () => kit.Runner.RunFfmpegAsync(arguments, output, TimeSpan.Zero, null, cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(run);
        Assert.False(ProcessTable.AnyRunningWith(marker));
    }

    [Fact]
    public async Task RunFfmpegAsync_FailingCommand_CarriesCommandLineAndStderrTail()
    {
        using var kit = new MediaKit();
        var output = _folder.File("never.mp4");
        IReadOnlyList<string> arguments = [.. FfmpegArguments.Prelude, "-f", "lavfi", "-i", "nosuchsource", FfmpegArguments.File(output)];

        var run = () => kit.Runner.RunFfmpegAsync(arguments, output, TimeSpan.Zero, null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MediaProcessingException>(run);
        Assert.Contains("exit code", error.Message, StringComparison.Ordinal);
        Assert.Contains("ffmpeg -hide_banner", error.Message, StringComparison.Ordinal);
        Assert.Contains("No such filter: 'nosuchsource'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunFfmpegAsync_ExpectedOutputMissing_Throws()
    {
        using var kit = new MediaKit();
        var written = _folder.File("written.nut");
        IReadOnlyList<string> arguments =
            [.. FfmpegArguments.Prelude, "-f", "lavfi", "-i", "color=s=16x16:d=0.1", "-f", "nut", FfmpegArguments.File(written)];

        var run = () => kit.Runner.RunFfmpegAsync(arguments, _folder.File("expected.nut"), TimeSpan.Zero, null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MediaProcessingException>(run);
        Assert.Contains("wrote no output", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunFfmpegAsync_MissingExecutable_ThrowsWithTheStartFailure()
    {
        using var kit = new MediaKit(options: new MediaOptions { FfmpegPath = "/nonexistent/ffmpeg" });

        var run = () => kit.Runner.RunFfmpegAsync(["-version"], _folder.File("x"), TimeSpan.Zero, null, CancellationToken.None);

        var error = await Assert.ThrowsAsync<MediaProcessingException>(run);
        Assert.IsType<Win32Exception>(error.InnerException);
    }

    [Fact]
    public async Task RunFfmpegAsync_OneEncodeSlot_RunsOneAtATime()
    {
        using var kit = new MediaKit(options: new MediaOptions { MaxParallelEncodes = 1 });
        var watch = Stopwatch.StartNew();

        await Task.WhenAll(RealTimeAsync(kit, "a.nut"), RealTimeAsync(kit, "b.nut"));

        // Each run takes 0.6 s of wall time at -re; side by side they would take about 0.6 s in all.
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.1), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task RunFfprobeAsync_NotMedia_ReturnsNonZeroExitCode()
    {
        using var kit = new MediaKit();
        var text = _folder.File("notes.mp4");
        await File.WriteAllTextAsync(text, "just some text");

        var output = await kit.Runner.RunFfprobeAsync(ProbeArguments.Build(text), CancellationToken.None);

        Assert.NotEqual(0, output.ExitCode);
        Assert.NotEmpty(output.StderrTail);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>An ffmpeg that runs until stopped, paced at real time so it costs little CPU meanwhile.</summary>
    private (IReadOnlyList<string> Arguments, string Output, string Marker) Endless()
    {
        var marker = $"endless-{Guid.NewGuid():N}";
        var output = _folder.File($"{marker}.nut");
        IReadOnlyList<string> arguments =
            [.. FfmpegArguments.Prelude, "-re", "-f", "lavfi", "-i", "color=s=16x16:r=10", "-f", "nut", FfmpegArguments.File(output)];
        return (arguments, output, marker);
    }

    private Task RealTimeAsync(MediaKit kit, string name)
    {
        var output = _folder.File(name);
        IReadOnlyList<string> arguments =
            [.. FfmpegArguments.Prelude, "-re", "-f", "lavfi", "-i", "color=s=16x16:r=10:d=0.6", "-f", "nut", FfmpegArguments.File(output)];
        return kit.Runner.RunFfmpegAsync(arguments, output, TimeSpan.Zero, null, CancellationToken.None);
    }
}
