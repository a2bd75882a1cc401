using System.Diagnostics;
using System.Globalization;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Redis.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace ClipBot.Redis.Tests;

/// <summary>
/// kill -9 of a process that wrote through the embedded store: every acknowledged write must come back,
/// including the leases of a worker that died holding them.
/// The writer is a separate process (ClipBot.Redis.CrashProbe, built with the tests) because SIGKILL is
/// the point: no finalizer, no Dispose, no flush.
/// </summary>
public sealed class EmbeddedCrashTests : IDisposable
{
    private const int Count = 200;
    private const int Leased = 20;
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task EmbeddedStore_WriterKilledWithSigkill_KeepsEveryTakeAndJob()
    {
        using var probe = StartProbe(_data.Path);
        await WaitForReadyAsync(probe);

        probe.Kill();
        await probe.WaitForExitAsync();

        using var host = EmbeddedStoreHost.Build(_data.Path);
        await host.StartAsync();
        var store = host.Services.GetRequiredService<ITakeStore>();
        var queue = host.Services.GetRequiredService<IJobQueue>();
        var takes = await store.ListRecentAsync(Count * 2, CancellationToken.None);
        var pendingAfterCrash = await queue.CountQueuedAsync(CancellationToken.None);
        var requeued = await queue.RequeueExpiredAsync(CancellationToken.None);
        var leased = new List<TakeId>();
        while (await queue.TryLeaseAsync("after-crash", TimeSpan.FromMinutes(1), CancellationToken.None) is { } lease)
        {
            leased.Add(lease.TakeId);
        }

        await host.StopAsync();

        Assert.Equal(Count, takes.Count);
        Assert.Equal(Count - Leased, pendingAfterCrash);
        Assert.Equal(Leased, requeued);
        Assert.Equal(takes.Select(t => t.Id).ToHashSet(), leased.ToHashSet());
        Assert.Equal(Count, leased.Count);
    }

    public void Dispose() => _data.Dispose();

    private static Process StartProbe(string dataPath)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "ClipBot.Redis.CrashProbe.dll");
        Assert.True(File.Exists(probe), $"The crash probe was not built next to the tests: {probe}");

        // dotnet test sets DOTNET_HOST_PATH to the muxer that runs us; fall back to the one on PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(probe);
        start.ArgumentList.Add(dataPath);
        start.ArgumentList.Add(Count.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(Leased.ToString(CultureInfo.InvariantCulture));
        return Process.Start(start) ?? throw new InvalidOperationException("The crash probe did not start.");
    }

    private static async Task WaitForReadyAsync(Process probe)
    {
        using var timeout = new CancellationTokenSource(ProbeTimeout);
        var errors = probe.StandardError.ReadToEndAsync(timeout.Token);
        while (await probe.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == $"ready {Count}")
            {
                return;
            }
        }

        Assert.Fail($"The crash probe exited before it was ready: {await errors}");
    }
}
