using ClipBot.Core.Results;
using ClipBot.Discord.Commands;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Interactions;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClipBot.Discord.Tests.Commands;

public sealed class CommandRegistrarTests
{
    private readonly RecordingRest _rest = new();

    [Fact]
    public async Task RegisterAsync_NoGuild_OverwritesTheGlobalCatalogue()
    {
        var registrar = new CommandRegistrar(_rest, NullLogger<CommandRegistrar>.Instance);

        var done = await registrar.RegisterAsync(null, CancellationToken.None);

        var call = Assert.Single(_rest.Calls);
        Assert.Equal((nameof(IDiscordRest.OverwriteCommandsAsync), ""), (call.Name, call.Target));
        Assert.Equal(CommandCatalogue.All.Count, call.Commands!.Count);
        Assert.Equal("Registered 6 commands in every server the bot is in: /clip, /queue, /cancel, /help, /vote, /reel.", done.Value);
    }

    [Fact]
    public async Task RegisterAsync_Guild_OverwritesThatServersCommands()
    {
        var registrar = new CommandRegistrar(_rest, NullLogger<CommandRegistrar>.Instance);

        var done = await registrar.RegisterAsync("290926798626357999", CancellationToken.None);

        Assert.Equal("290926798626357999", Assert.Single(_rest.Calls).Target);
        Assert.StartsWith("Registered 6 commands in server 290926798626357999", done.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterAsync_GuildNotAnId_RefusedWithoutCallingDiscord()
    {
        var registrar = new CommandRegistrar(_rest, NullLogger<CommandRegistrar>.Instance);

        var done = await registrar.RegisterAsync("my-server", CancellationToken.None);

        Assert.False(done.IsSuccess);
        Assert.Empty(_rest.Calls);
    }

    [Fact]
    public async Task RegisterAsync_DiscordRefuses_ItsReason()
    {
        _rest.Failures[nameof(IDiscordRest.OverwriteCommandsAsync)] = new Error(ErrorKind.Forbidden, "The Discord token was refused; ClipBot stopped using it.");
        var registrar = new CommandRegistrar(_rest, NullLogger<CommandRegistrar>.Instance);

        var done = await registrar.RegisterAsync(null, CancellationToken.None);

        Assert.Equal("The Discord token was refused; ClipBot stopped using it.", done.Error!.Message);
    }
}
