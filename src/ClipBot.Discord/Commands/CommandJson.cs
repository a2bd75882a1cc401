using System.Text.Json.Nodes;

namespace ClipBot.Discord.Commands;

/// <summary>Renders the catalogue as Discord's application command JSON (reference D5, fixture F-D3), for a bulk overwrite.</summary>
internal static class CommandJson
{
    private const int ChatInput = 1;

    // Servers only: a reel, its votes and admins live in a server's channels, and posting needs a channel.
    private const int GuildContext = 0;

    public static JsonArray Render(IEnumerable<SlashCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        return new JsonArray(commands.Select(c => (JsonNode)Render(c)).ToArray());
    }

    public static JsonObject Render(SlashCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var json = new JsonObject
        {
            ["name"] = command.Name,
            ["type"] = ChatInput,
            ["description"] = command.Description,
            ["contexts"] = new JsonArray(GuildContext),
            ["default_member_permissions"] = command.DefaultMemberPermissions,
        };
        var options = command.Subcommands.Count > 0
            ? command.Subcommands.Select(Subcommand)
            : command.Options.Select(Option);
        json["options"] = new JsonArray(options.ToArray());
        return json;
    }

    private static JsonNode Subcommand(SlashCommand subcommand) => new JsonObject
    {
        ["name"] = subcommand.Name,
        ["description"] = subcommand.Description,
        ["type"] = (int)OptionType.SubCommand,
        ["options"] = new JsonArray(subcommand.Options.Select(Option).ToArray()),
    };

    private static JsonNode Option(SlashOption option)
    {
        var json = new JsonObject
        {
            ["name"] = option.Name,
            ["description"] = option.Description,
            ["type"] = (int)option.Type,
            ["required"] = option.Required,
        };
        if (option.Choices.Count > 0)
        {
            json["choices"] = new JsonArray(option.Choices.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["value"] = c }).ToArray());
        }

        if (option.MinValue is { } min)
        {
            json["min_value"] = Number(option, min);
        }

        if (option.MaxValue is { } max)
        {
            json["max_value"] = Number(option, max);
        }

        return json;
    }

    // An INTEGER option's bounds are written as integers, as Discord's own examples have them.
    private static JsonValue Number(SlashOption option, double value) =>
        option.Type == OptionType.Integer ? JsonValue.Create((long)value) : JsonValue.Create(value);
}
