using System.Diagnostics;
using System.Globalization;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Redis.Queue;
using ClipBot.Redis.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests;

/// <summary>
/// kill -9 of a process that wrote through the embedded store: every acknowledged write must come back,
/// including the leases of a worker that died holding them, the retries it scheduled and its dead letters.
/// The writer is a separate process (ClipBot.Redis.CrashProbe, built with the tests) because SIGKILL is
/// the point: no finalizer, no Dispose, no flush.
/// </summary>
public sealed class EmbeddedCrashTests : IDisposable
{
    private const int Count = 200;
    private const int Leased = 20;
    private const int Retrying = 10;
    private const int Dead = 5;
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(60);
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task EmbeddedStore_WriterKilledWithSigkill_KeepsEveryTakeJobRetryAndDeadLetter()
    {
        using var probe = StartProbe(_data.Path);
        await WaitForReadyAsync(probe);

        probe.Kill();
        await probe.WaitForExitAsync();

        using var host = EmbeddedStoreHost.Build(_data.Path);
        await host.StartAsync();
        var store = host.Services.GetRequiredService<ITakeStore>();

        // Two hours on: past the probe's 1 ms leases and its retries due in an hour.
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(2));
        using var queue = new RedisJobQueue(
            host.Services.GetRequiredService<IConnectionMultiplexer>(),
            host.Services.GetRequiredService<RedisKeys>(),
            later,
            NullLogger<RedisJobQueue>.Instance);
        var takes = await store.ListRecentAsync(Count * 2, CancellationToken.None);
        var afterCrash = await queue.GetStatusAsync(null, CancellationToken.None);
        var deadLetters = await queue.ListDeadLettersAsync(Count, CancellationToken.None);
        var recovered = await queue.RequeueExpiredAsync(maxAttempts: 3, CancellationToken.None);
        var leased = new List<TakeId>();
        while (await queue.TryLeaseAsync("after-crash", TimeSpan.FromMinutes(1), int.MaxValue, CancellationToken.None) is { } lease)
        {
            leased.Add(lease.TakeId);
        }

        await host.StopAsync();

        Assert.Equal(Count, takes.Count);
        Assert.Equal(Count - Leased - Retrying - Dead, afterCrash.Waiting);
        Assert.Equal(Leased, afterCrash.Running);
        Assert.Equal(Retrying, afterCrash.Retrying);
        Assert.Equal(Dead, deadLetters.Count);
        Assert.All(deadLetters, d => Assert.Equal("probe: refused", d.Reason));
        Assert.Equal(Leased, recovered.Requeued);
        Assert.Empty(recovered.DeadLettered);
        Assert.Equal(Count - Dead, leased.Count);
        Assert.Equal(takes.Select(t => t.Id).ToHashSet(), leased.Concat(deadLetters.Select(d => d.TakeId)).ToHashSet());
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
        start.ArgumentList.Add(Retrying.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(Dead.ToString(CultureInfo.InvariantCulture));
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
