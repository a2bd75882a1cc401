using System.Text.Json.Nodes;
using ClipBot.Core.Results;
using ClipBot.Discord.Commands;
using static ClipBot.Discord.Tests.Interactions.InteractionPayloads;

namespace ClipBot.Discord.Tests.Commands;

public sealed class CommandBinderTests
{
    [Fact]
    public void Bind_ClipOptions_PromptThenOneInlineFlagEach()
    {
        var data = Data("clip", Options(Option("duration", 4, type: 4), Option("prompt", "a city"), Option("aspect", "1:1")));

        var bound = Bind(data);

        Assert.Equal(("clip", "a city --ar 1:1 --duration 4"), (bound.Value!.Name, bound.Value.Arguments));
    }

    [Fact]
    public void Bind_OptionAgreesWithInlineFlag_GivenOnce()
    {
        var data = Data("clip", Options(Option("prompt", "a city —seed 07 at dusk"), Option("seed", 7, type: 4)));

        var bound = Bind(data);

        Assert.Equal("a city —seed 07 at dusk", bound.Value!.Arguments);
    }

    [Fact]
    public void Bind_OptionDisagreesWithInlineFlag_RefusalNamesBoth()
    {
        var data = Data("clip", Options(Option("prompt", "a city --slot 2"), Option("slot", 3, type: 4)));

        var bound = Bind(data);

        Assert.False(bound.IsSuccess);
        Assert.Equal("The `slot` option says `3` but the text says `--slot 2`; give one of them, or make them agree.", bound.Error.Message);
    }

    [Fact]
    public void Bind_ProviderThisClipBotRuns_Accepted()
    {
        var bound = Bind(Data("clip", Options(Option("prompt", "a city"), Option("provider", "Local"))));

        Assert.Equal("a city", bound.Value!.Arguments);
    }

    [Fact]
    public void Bind_OtherProvider_RefusedNamingTheOneThatRuns()
    {
        var bound = Bind(Data("clip", Options(Option("prompt", "a city"), Option("provider", "runway"))));

        Assert.Equal("This ClipBot makes clips with `local`; the provider `runway` is not available here. Leave the option out.", bound.Error!.Message);
    }

    [Fact]
    public void Bind_ReelCreate_SubcommandNameWordsThenFlags()
    {
        var options = Subcommand("create", Option("options", "--ar 9:16 --tallies hidden"), Option("name", "Night Drive"), Option("bpm", 120.5, type: 10), Option("bars", 2, type: 4));

        var bound = Bind(Data("reel", options));

        Assert.Equal(("reel", "create Night Drive --ar 9:16 --tallies hidden --bpm 120.5 --bars 2"), (bound.Value!.Name, bound.Value.Arguments));
    }

    [Fact]
    public void Bind_ReelCreateFlagInOptionsText_MustAgreeWithTheOption()
    {
        var options = Subcommand("create", Option("name", "Night Drive"), Option("options", "--slots 4"), Option("slots", 6, type: 4));

        var bound = Bind(Data("reel", options));

        Assert.Contains("`slots` option says `6`", bound.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_FlagValueWithSpaces_Quoted()
    {
        var options = Subcommand("vote", Option("until", "2026-12-01 20:00Z"));

        var bound = Bind(Data("reel", options));

        Assert.Equal("vote --until \"2026-12-01 20:00Z\"", bound.Value!.Arguments);
    }

    [Fact]
    public void Bind_ReelBrief_ShotNumberBeforeTheText()
    {
        var options = Subcommand("brief", Option("text", "a car on a night road"), Option("slot", 3, type: 4));

        var bound = Bind(Data("reel", options));

        Assert.Equal("brief 3 a car on a night road", bound.Value!.Arguments);
    }

    [Fact]
    public void Bind_Attachment_ResolvedFromTheInteraction()
    {
        var data = Data("reel", Subcommand("create", Option("name", "Night Drive"), Option("song", "1100", type: 11)));
        data["resolved"] = new JsonObject
        {
            ["attachments"] = new JsonObject
            {
                ["1100"] = new JsonObject { ["id"] = "1100", ["filename"] = "night drive.mp3", ["size"] = 4321, ["url"] = "https://cdn.discordapp.com/attachments/1/2/night_drive.mp3" },
            },
        };

        var bound = Bind(data);

        Assert.Equal("create Night Drive", bound.Value!.Arguments);
        Assert.Equal(new ResolvedAttachment("1100", "night drive.mp3", 4321, "https://cdn.discordapp.com/attachments/1/2/night_drive.mp3"), bound.Value.Attachment);
    }

    [Fact]
    public void Bind_AttachmentNotResolved_Refused()
    {
        var data = Data("reel", Subcommand("create", Option("name", "Night Drive"), Option("song", "1100", type: 11)));

        var bound = Bind(data);

        Assert.Equal("The file of the `song` option did not arrive; attach it again.", bound.Error!.Message);
    }

    [Fact]
    public void Bind_UnknownSubcommand_Refused()
    {
        var bound = Bind(Data("reel", Subcommand("dance")));

        Assert.False(bound.IsSuccess);
    }

    [Theory]
    [InlineData("lock", true, true)]
    [InlineData("standings", true, false)]
    [InlineData("shots", false, false)]
    [InlineData("export", false, true)]
    public void FindLeaf_ReelSubcommand_ItsReplyAndAdminFlags(string name, bool publicReply, bool adminOnly)
    {
        var leaf = CommandBinder.FindLeaf(Element(Data("reel", Subcommand(name))));

        Assert.Equal((name, publicReply, adminOnly), (leaf!.Name, leaf.PublicReply, leaf.AdminOnly));
    }

    private static JsonObject Data(string name, JsonArray options) => new() { ["type"] = 1, ["name"] = name, ["options"] = options };

    private static Result<BoundCommand> Bind(JsonObject data) => CommandBinder.Bind(Element(data), "local");
}
