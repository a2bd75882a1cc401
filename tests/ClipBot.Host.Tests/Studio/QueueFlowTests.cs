using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClipBot.Host.Tests.Infrastructure;

namespace ClipBot.Host.Tests.Studio;

/// <summary>/queue and /cancel through the Studio API, with the real worker and ffmpeg.</summary>
public sealed class QueueFlowTests
{
    [Fact]
    public async Task Cancel_QueuedTake_IsCancelledAndLeavesTheQueue()
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { ["Roles:Run"] = "web" });
        using var client = factory.CreateClient();
        var takeId = await client.QueueTakeAsync("/clip a quiet lake --duration 1", "mia");
        var before = await client.GetFromJsonAsync<JsonElement>("/api/queue?user=mia");

        using var cancel = await client.SendCommandAsync($"/cancel {takeId}", "mia");
        var after = await client.GetFromJsonAsync<JsonElement>("/api/queue?user=mia");
        var take = await client.GetTakeAsync(takeId);

        Assert.Equal(1, before.GetProperty("waiting").GetInt64());
        Assert.Equal(1, before.GetProperty("jobs")[0].GetProperty("position").GetInt32());
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", take.GetProperty("status").GetString());
        Assert.Equal(0, after.GetProperty("waiting").GetInt64());
        Assert.Equal(0, after.GetProperty("jobs").GetArrayLength());
    }

    [Fact]
    public async Task Queue_SeveralTakesWaiting_ReportsPositionsInOrder()
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { ["Roles:Run"] = "web" });
        using var client = factory.CreateClient();
        var first = await client.QueueTakeAsync("/clip one --duration 1", "ana");
        var second = await client.QueueTakeAsync("/clip two --duration 1", "ana");

        using var response = await client.SendCommandAsync("/queue", "ana");
        var text = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reply").GetProperty("text").GetString()!;

        Assert.Contains("2 waiting", text, StringComparison.Ordinal);
        Assert.Contains($"{first} #1 in line", text, StringComparison.Ordinal);
        Assert.Contains($"{second} #2 in line", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_RunningTake_StopsFfmpegAndEndsCancelled()
    {
        using var factory = new StudioFactory();
        using var client = factory.CreateClient();
        var takeId = await client.QueueTakeAsync("/clip a burning forest --duration 10 --camera rotate-cw --motion 4", "leo");
        await WaitForStatusAsync(client, takeId, "generating");

        using var cancel = await client.SendCommandAsync($"/cancel {takeId}", "leo");
        var take = await client.WaitForFinalAsync(takeId, TimeSpan.FromSeconds(30));
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", take.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, take.GetProperty("videoUrl").ValueKind);
        Assert.False(FfmpegRunsFor(takeId), "ffmpeg still runs for the cancelled take");
    }

    [Fact]
    public async Task Cancel_UnknownOrMissingId_RefusedAndTakeUntouched()
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { ["Roles:Run"] = "web" });
        using var client = factory.CreateClient();
        var takeId = await client.QueueTakeAsync("/clip a lake --duration 1", "owner");

        using var unknown = await client.SendCommandAsync("/cancel zzzzzzzzzzzz", "owner");
        using var empty = await client.SendCommandAsync("/cancel", "owner");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("no take", await unknown.ErrorOfAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("/cancel <take id>", await empty.ErrorOfAsync(), StringComparison.Ordinal);
        Assert.Equal("queued", (await client.GetTakeAsync(takeId)).GetProperty("status").GetString());
    }

    private static async Task WaitForStatusAsync(HttpClient client, string takeId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetTakeAsync(takeId)).GetProperty("status").GetString() != status)
        {
            Assert.True(DateTime.UtcNow < deadline, $"take {takeId} never reached {status}");
            await Task.Delay(50);
        }
    }

    // The generator's work folder is named after the take, so its ffmpeg command line names it too.
    private static bool FfmpegRunsFor(string takeId)
    {
        foreach (var process in Process.GetProcessesByName("ffmpeg"))
        {
            using (process)
            {
                var commandLine = File.Exists($"/proc/{process.Id}/cmdline") ? File.ReadAllText($"/proc/{process.Id}/cmdline") : "";
                if (commandLine.Contains(takeId, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
