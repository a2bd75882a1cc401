using System.Net.Http.Json;
using System.Text.Json;

namespace ClipBot.Host.Tests.Infrastructure;

/// <summary>Small helpers over the Studio API, the way a page or an outside check uses it.</summary>
public static class StudioClient
{
    public static Task<HttpResponseMessage> SendCommandAsync(this HttpClient client, string text, string? user = "tester") =>
        client.PostAsJsonAsync("/api/commands", new { text, user });

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
