using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClipBot.Discord.Tests.Interactions;

/// <summary>
/// Interactions in the reference's shapes (F-D4 for slash commands, F-D5 for button clicks, F-D6 for modal
/// submits), with the parts a test varies: the member, their permissions, the command's options.
/// </summary>
internal static class InteractionPayloads
{
    public const string ChannelId = "645027906669510667";
    public const string GuildId = "290926798626357999";

    /// <summary>F-D4's member, Mason; "2147483647" holds every permission bit, Manage Guild among them.</summary>
    public const string MasonId = "53908232506183680";

    /// <summary>A fan with F-D5's shape and no Manage Guild (permissions without bit 5).</summary>
    public const string FanId = "81384788765712384";

    public const string AllPermissions = "2147483647";
    public const string FanPermissions = "1024";

    /// <summary>F-D4 with another command: <c>/name</c> and its options, as <c>data.options</c>.</summary>
    public static JsonObject SlashCommand(string name, JsonArray? options = null, string userId = MasonId, string permissions = AllPermissions, JsonObject? resolved = null)
    {
        var data = new JsonObject { ["type"] = 1, ["name"] = name, ["id"] = "771825006014889984", ["options"] = options ?? [] };
        if (resolved is not null)
        {
            data["resolved"] = resolved;
        }

        return Interaction(2, data, userId, permissions);
    }

    /// <summary>A sub-command's option: <c>{"type":1,"name":..,"options":[..]}</c>.</summary>
    public static JsonArray Subcommand(string name, params JsonObject[] options) =>
        [new JsonObject { ["type"] = 1, ["name"] = name, ["options"] = new JsonArray(options.Select(o => (JsonNode)o).ToArray()) }];

    public static JsonObject Option(string name, JsonNode value, int type = 3) => new() { ["type"] = type, ["name"] = name, ["value"] = value };

    public static JsonArray Options(params JsonObject[] options) => new(options.Select(o => (JsonNode)o).ToArray());

    /// <summary>The id of the message every <see cref="ButtonClick"/> is on.</summary>
    public const string ClickedMessageId = "1190392347813347429";

    /// <summary>F-D5: a click on the button with this custom id, on the message <see cref="ClickedMessageId"/>.</summary>
    public static JsonObject ButtonClick(string customId, string userId = FanId, string permissions = FanPermissions)
    {
        var click = Interaction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, userId, permissions);
        click["message"] = new JsonObject { ["id"] = ClickedMessageId, ["type"] = 0 };
        return click;
    }

    /// <summary>F-D6: a modal submit with one text input in a Label.</summary>
    public static JsonObject ModalSubmit(string customId, string inputId, string value, string userId = FanId, string permissions = FanPermissions) =>
        Interaction(5, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 18,
                ["id"] = 1,
                ["component"] = new JsonObject { ["type"] = 4, ["id"] = 2, ["custom_id"] = inputId, ["value"] = value },
            }),
        }, userId, permissions);

    public static JsonElement Element(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    private static JsonObject Interaction(int type, JsonObject data, string userId, string permissions) => new()
    {
        ["type"] = type,
        ["token"] = $"token-{Guid.NewGuid():N}",
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = userId == MasonId ? "Mason" : "fan", ["discriminator"] = "0" },
            ["roles"] = new JsonArray("539082325061836999"),
            ["permissions"] = permissions,
            ["nick"] = null,
        },
        ["id"] = $"7860087297{Random.Shared.Next(10_000_000, 99_999_999)}",
        ["application_id"] = "290926444748734465",
        ["guild_id"] = GuildId,
        ["app_permissions"] = "442368",
        ["locale"] = "en-US",
        ["data"] = data,
        ["channel_id"] = ChannelId,
        ["version"] = 1,
        ["attachment_size_limit"] = 10 * 1024 * 1024,
    };
}
