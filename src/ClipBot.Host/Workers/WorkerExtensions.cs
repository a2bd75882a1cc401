using ClipBot.Core.Pipeline;
using ClipBot.Discord;
using ClipBot.Host.Configuration;
using Microsoft.Extensions.Options;

namespace ClipBot.Host.Workers;

public static class WorkerExtensions
{
    /// <summary>The headroom the host allows beyond the workers' grace period for the rest of its shutdown.</summary>
    private static readonly TimeSpan ShutdownHeadroom = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Roles:Run decides whether Core's take worker runs in this process, and whether it listens to Discord's
    /// gateway; the host waits out the workers' grace period at shutdown, so running jobs can finish.
    /// </summary>
    public static IServiceCollection AddClipBotRoles(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RolesOptions>().Bind(configuration.GetSection(RolesOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WorkerOptions>().PostConfigure<IOptions<RolesOptions>>((workers, roles) =>
            workers.Enabled &= roles.Value.Enabled.Contains(RolesOptions.Worker));

        // One process listens to Discord's gateway (web or discord); workers only post, or every one of them
        // would answer every interaction.
        services.AddOptions<DiscordOptions>().PostConfigure<IOptions<RolesOptions>>((discord, roles) =>
            discord.Listen &= roles.Value.Enabled.Contains(RolesOptions.Web) || roles.Value.Enabled.Contains(RolesOptions.Discord));

        // HostOptions is built with the host, before options are validated, so the raw setting is read here
        // and a bad value falls back to the default; the validation then stops the start naming the key.
        services.AddOptions<HostOptions>().Configure(host =>
        {
            var raw = configuration.GetSection(WorkerOptions.SectionName)[nameof(WorkerOptions.ShutdownGraceSeconds)];
            var grace = int.TryParse(raw, out var seconds) && seconds is >= 0 and <= 3600 ? seconds : new WorkerOptions().ShutdownGraceSeconds;
            host.ShutdownTimeout = TimeSpan.FromSeconds(grace) + ShutdownHeadroom;
        });
        return services;
    }
}
