using ClipBot.Core.Pipeline;
using ClipBot.Discord;
using ClipBot.Host.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClipBot.Host.Tests.Configuration;

public sealed class DiscordRoleTests
{
    [Theory]
    [InlineData("web,worker", true)]
    [InlineData("web", true)]
    [InlineData("discord", true)]
    [InlineData("worker", false)]
    public void Roles_Run_OnlyWebOrDiscordProcessesListenToTheGateway(string roles, bool listens)
    {
        using var factory = new StudioFactory(new Dictionary<string, string?> { ["Roles:Run"] = roles });

        var discord = factory.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        Assert.Equal(listens, discord.Listen);
        Assert.Equal(roles.Contains("worker", StringComparison.Ordinal), factory.Services.GetRequiredService<IOptions<WorkerOptions>>().Value.Enabled);
    }
}
