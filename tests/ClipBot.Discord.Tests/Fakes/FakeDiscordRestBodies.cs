using System.Globalization;
using System.Text.Json.Nodes;

namespace ClipBot.Discord.Tests.Fakes;

/// <summary>The default success bodies of <see cref="FakeDiscordRest"/>, shaped like Discord's (D1, D5, D7).</summary>
internal static class FakeDiscordRestBodies
{
    /// <summary>A message object as Discord returns it for the message the request described, with the given id.</summary>
    public static JsonObject Message(FakeDiscordRestRequest request, string id, string channelId, string applicationId)
    {
        var payload = request.Payload as JsonObject;
        var attachments = new JsonArray();
        foreach (var part in request.Parts.Where(part => part.FileName is not null))
        {
            attachments.Add(new JsonObject
            {
                ["id"] = $"{id}{attachments.Count}",
                ["filename"] = part.FileName,
                ["size"] = part.Content.Length,
                ["url"] = $"https://cdn.discordapp.com/attachments/{channelId}/{id}/{part.FileName}",
                ["proxy_url"] = $"https://media.discordapp.net/attachments/{channelId}/{id}/{part.FileName}",
                ["content_type"] = part.ContentType,
            });
        }

        return new JsonObject
        {
            ["id"] = id,
            ["type"] = 0,
            ["channel_id"] = channelId,
            ["application_id"] = applicationId,
            ["author"] = new JsonObject { ["id"] = applicationId, ["username"] = "ClipBot", ["discriminator"] = "0", ["bot"] = true },
            ["content"] = payload?["content"]?.DeepClone() ?? "",
            ["components"] = payload?["components"]?.DeepClone() ?? new JsonArray(),
            ["attachments"] = attachments,
            ["embeds"] = new JsonArray(),
            ["mentions"] = new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["mention_everyone"] = false,
            ["pinned"] = false,
            ["tts"] = false,
            ["flags"] = payload?["flags"]?.DeepClone() ?? 0,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
            ["edited_timestamp"] = null,
        };
    }

    /// <summary>The bulk overwrite's answer: the commands sent, each with an id and the application's id.</summary>
    public static JsonArray Commands(FakeDiscordRestRequest request, Func<string> nextId, string applicationId)
    {
        var commands = request.Payload as JsonArray ?? [];
        var answer = new JsonArray();
        foreach (var command in commands)
        {
            var copy = command?.DeepClone() as JsonObject ?? [];
            copy["id"] ??= nextId();
            copy["application_id"] = applicationId;
            copy["version"] ??= nextId();
            if (request.RouteValue("guildId") is { } guildId)
            {
                copy["guild_id"] = guildId;
            }

            answer.Add(copy);
        }

        return answer;
    }

    /// <summary><c>GET /gateway/bot</c>'s answer (D1).</summary>
    public static JsonObject GatewayBot(string url) => new()
    {
        ["url"] = url,
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14_400_000, ["max_concurrency"] = 1 },
    };

    public static JsonObject NotFound() => new() { ["message"] = "404: Not Found", ["code"] = 0 };
}
