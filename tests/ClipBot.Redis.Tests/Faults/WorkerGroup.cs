using System.Globalization;
using Xunit.Abstractions;

namespace ClipBot.Redis.Tests.Faults;

/// <summary>Several worker processes started together and stopped together, killed even when the test fails.</summary>
internal sealed class WorkerGroup : IAsyncDisposable
{
    private readonly List<WorkerProcess> _workers;

    private WorkerGroup(List<WorkerProcess> workers)
    {
        _workers = workers;
    }

    public IReadOnlyList<WorkerProcess> Workers => _workers;

    public static async Task<WorkerGroup> StartAsync(int count, IReadOnlyDictionary<string, string> settings, ITestOutputHelper output)
    {
        var starts = Enumerable.Range(1, count)
            .Select(i => WorkerProcess.StartAsync("worker-" + i.ToString(CultureInfo.InvariantCulture), settings, output))
            .ToList();
        try
        {
            return new WorkerGroup([.. await Task.WhenAll(starts)]);
        }
        catch
        {
            // The ones that did start must not outlive the test.
            foreach (var start in starts.Where(s => s.IsCompletedSuccessfully))
            {
                await (await start).DisposeAsync();
            }

            throw;
        }
    }

    public WorkerProcess ByProcessId(int processId) => _workers.Single(w => w.ProcessId == processId);

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _workers)
        {
            await worker.DisposeAsync();
        }
    }
}
