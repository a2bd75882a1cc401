using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClipBot.Discord.Commands;

namespace ClipBot.Discord.Tests.Commands;

/// <summary>The catalogue as Discord's command JSON: F-D3's shape, and D5's limits on every command.</summary>
public sealed partial class CommandJsonTests
{
    // Read back from the text Discord receives, so the checks are on what is sent, not on the nodes built.
    private static readonly JsonArray Rendered = JsonNode.Parse(CommandJson.Render(CommandCatalogue.All).ToJsonString())!.AsArray();

    [Fact]
    public void Render_Catalogue_TheDesignsCommands()
    {
        var names = Rendered.Select(c => (string)c!["name"]!);

        Assert.Equal(["clip", "queue", "cancel", "help", "vote", "reel"], names);
    }

    [Fact]
    public void Render_Clip_ReferenceShapeWithPromptFirstAndAspectChoices()
    {
        var clip = Command("clip");

        Assert.Equal(1, (int)clip["type"]!);
        Assert.Equal(["prompt", "slot", "aspect", "seed", "duration", "provider"], clip["options"]!.AsArray().Select(o => (string)o!["name"]!));
        var prompt = clip["options"]![0]!;
        Assert.Equal((3, true), ((int)prompt["type"]!, (bool)prompt["required"]!));
        var aspect = clip["options"]![2]!;
        Assert.Equal(["16:9", "9:16", "1:1", "4:5"], aspect["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Equal(["16:9", "9:16", "1:1", "4:5"], aspect["choices"]!.AsArray().Select(c => (string)c!["name"]!));
        var duration = clip["options"]![4]!;
        Assert.Equal((4, 1, 10), ((int)duration["type"]!, (int)duration["min_value"]!, (int)duration["max_value"]!));
    }

    [Fact]
    public void Render_Reel_SubcommandsWithTheSongAsAnAttachment()
    {
        var reel = Command("reel");

        var subcommands = reel["options"]!.AsArray();
        Assert.All(subcommands, s => Assert.Equal(1, (int)s!["type"]!));
        Assert.Equal(
            ["create", "link", "shots", "brief", "open", "vote", "lock", "standings", "cut", "duel", "export"],
            subcommands.Select(s => (string)s!["name"]!));
        var song = subcommands[0]!["options"]!.AsArray().Single(o => (string)o!["name"]! == "song")!;
        Assert.Equal(11, (int)song["type"]!);
    }

    [Fact]
    public void Render_EveryCommand_WithinDiscordsLimits()
    {
        foreach (var command in Rendered.Select(c => c!.AsObject()))
        {
            Check(command);
            Assert.True(command.ToJsonString().Length < 8000, $"/{command["name"]} is near the 8,000 characters of a command");
            Assert.Equal([0], command["contexts"]!.AsArray().Select(c => (int)c!));
        }
    }

    [Fact]
    public void Render_NoCommandIsAdminOnlyAsAWhole_NoDefaultPermissions()
    {
        // /reel holds fans' sub-commands (shots, standings, duel) beside the admins'; Core checks admins on use.
        Assert.All(Rendered, c => Assert.Null(c!["default_member_permissions"]));
        Assert.All(Rendered, c => Assert.True(c!.AsObject().ContainsKey("default_member_permissions")));
    }

    [Fact]
    public void Render_AdminOnlyCommand_CarriesManageGuild()
    {
        var command = new SlashCommand("band", "Admins only") { DefaultMemberPermissions = "32" };

        var json = JsonNode.Parse(CommandJson.Render(command).ToJsonString())!;

        Assert.Equal("32", (string)json["default_member_permissions"]!);
    }

    private static JsonObject Command(string name) => Rendered.Single(c => (string)c!["name"]! == name)!.AsObject();

    private static void Check(JsonObject command)
    {
        var name = (string)command["name"]!;
        Assert.Matches(Name(), name);
        var description = (string)command["description"]!;
        Assert.InRange(description.Length, 1, 100);
        var options = command["options"]?.AsArray() ?? [];
        Assert.True(options.Count <= 25, $"{name} has {options.Count} options");
        var required = options.Select(o => (bool?)o!["required"] ?? false).ToList();
        Assert.True(required.SkipWhile(r => r).All(r => !r), $"{name}: required options come first");
        Assert.Equal(options.Count, options.Select(o => (string)o!["name"]!).Distinct(StringComparer.Ordinal).Count());
        foreach (var option in options.Select(o => o!.AsObject()))
        {
            Assert.True((option["choices"]?.AsArray().Count ?? 0) <= 25);
            Check(option);
        }
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex Name();
}
