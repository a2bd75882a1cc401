using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClipBot.Host.Tests.Infrastructure;

/// <summary>Small helpers over the Studio API, the way a page or an outside check uses it.</summary>
public static class StudioClient
{
    public static Task<HttpResponseMessage> SendCommandAsync(this HttpClient client, string text, string? user = "tester") =>
        client.PostAsJsonAsync("/api/commands", new { text, user });

    /// <summary>Sends a command that queues a take, checks it was queued, and returns the take's id.</summary>
    public static async Task<string> QueueTakeAsync(this HttpClient client, string command, string user = "tester")
    {
        using var response = await client.SendCommandAsync(command, user);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body.ToString());
        return body.GetProperty("takeId").GetString()!;
    }

    /// <summary>Queues a take, waits until it is posted, checks that it was, and returns it.</summary>
    public static async Task<JsonElement> MakeTakeAsync(this HttpClient client, string command, string user, TimeSpan timeout)
    {
        var take = await client.WaitForFinalAsync(await client.QueueTakeAsync(command, user), timeout);
        Assert.True(take.GetProperty("status").GetString() == "posted", take.ToString());
        return take;
    }

    /// <summary>POST /api/reels as the page sends it: the /reel create arguments, and the song file when there is one.</summary>
    public static async Task<HttpResponseMessage> CreateReelAsync(this HttpClient client, string arguments, string? songPath = null, string? user = "tester")
    {
        using var form = new MultipartFormDataContent { { new StringContent(arguments), "command" } };
        if (user is not null)
        {
            form.Add(new StringContent(user), "user");
        }

        if (songPath is not null)
        {
            var song = new ByteArrayContent(await File.ReadAllBytesAsync(songPath));
            song.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
            form.Add(song, "song", Path.GetFileName(songPath));
        }

        return await client.PostAsync("/api/reels", form);
    }

    /// <summary>Creates a reel, checks it was created, and returns its JSON.</summary>
    public static async Task<JsonElement> CreateReelOkAsync(this HttpClient client, string arguments, string? songPath = null)
    {
        using var response = await client.CreateReelAsync(arguments, songPath);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body.ToString());
        return body.GetProperty("reel");
    }

    public static async Task<JsonElement> GetReelAsync(this HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/reels/{id}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>POSTs JSON to a reel action, e.g. "phase" or "votes"; the caller checks the status.</summary>
    public static Task<HttpResponseMessage> ReelActionAsync(this HttpClient client, string reelId, string action, object body) =>
        client.PostAsJsonAsync($"/api/reels/{reelId}/{action}", body);

    public static async Task<string> ErrorOfAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()!;

    public static async Task<JsonElement> GetTakeAsync(this HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/api/takes/{id}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Polls the take until it reaches a final status or the timeout passes.</summary>
    public static async Task<JsonElement> WaitForFinalAsync(this HttpClient client, string id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var take = await client.GetTakeAsync(id);
            var status = take.GetProperty("status").GetString();
            if (status is "posted" or "failed" or "cancelled" || DateTime.UtcNow > deadline)
            {
                return take;
            }

            await Task.Delay(100);
        }
    }
}
