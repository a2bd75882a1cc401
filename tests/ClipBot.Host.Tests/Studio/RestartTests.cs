using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClipBot.Host.Tests.Infrastructure;

namespace ClipBot.Host.Tests.Studio;

public sealed class RestartTests
{
    [Fact]
    public async Task Restart_SameDataFolder_KeepsPostedTake()
    {
        var dataPath = StudioFactory.NewDataPath();
        string takeId;
        using (var first = new StudioFactory(dataPath: dataPath))
        {
            using var client = first.CreateClient();
            using var response = await client.SendCommandAsync("/clip a golden desert --duration 1 --seed 3");
            takeId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("takeId").GetString()!;
            Assert.Equal("posted", (await client.WaitForFinalAsync(takeId, TimeSpan.FromSeconds(60))).GetProperty("status").GetString());
        }

        using var second = new StudioFactory(dataPath: dataPath);
        using var again = second.CreateClient();
        var take = await again.GetTakeAsync(takeId);
        using var video = await again.GetAsync(take.GetProperty("videoUrl").GetString());

        Assert.Equal("posted", take.GetProperty("status").GetString());
        Assert.Equal(3u, take.GetProperty("seed").GetUInt32());
        Assert.Equal(HttpStatusCode.OK, video.StatusCode);
        Directory.Delete(dataPath, recursive: true);
    }
}
