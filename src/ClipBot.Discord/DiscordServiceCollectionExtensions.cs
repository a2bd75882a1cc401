using ClipBot.Core.Notifications;
using ClipBot.Core.Reels;
using ClipBot.Discord.Commands;
using ClipBot.Discord.Gateway;
using ClipBot.Discord.Http;
using ClipBot.Discord.Interactions;
using ClipBot.Discord.Notifications;
using ClipBot.Discord.Rest;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// The Discord adapter, when <c>Discord:Token</c> is set (and nothing but its checked options without one):
    /// the REST client, interactions from the gateway (<see cref="DiscordMode.Gateway"/>) or from
    /// <c>POST /discord/interactions</c> (<see cref="DiscordMode.Http"/>, mapped by <see cref="MapClipBotDiscord"/>),
    /// progress in the interactions' replies, and the posts of finished takes and cuts. Needs Core, a store
    /// (takes, reels, take events) and media (the delivery encoder, the generator's name).
    /// </summary>
    public static IServiceCollection AddClipBotDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        services.AddOptions<DiscordOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();

        // The token and the mode decide what is registered; a mode that does not parse is the binder's to refuse,
        // naming Discord:Mode, and is taken as the default here.
        if (string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.Token)]))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddDiscordRest();
        services.AddSingleton<CommandRegistrar>();

        services.AddHttpClient(AttachmentDownloads.ClientName, client => client.Timeout = TimeSpan.FromMinutes(2))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<AttachmentDownloads>();
        services.AddSingleton<ReplyRenderer>();
        services.AddSingleton<InteractionReplies>();
        services.AddSingleton<CommandRunner>();
        services.AddSingleton<TakeRemakes>();
        services.AddSingleton<IInteractionFlow, CommandFlow>();
        services.AddSingleton<IInteractionFlow, ComponentFlow>();
        services.AddSingleton<IInteractionFlow, ModalFlow>();
        services.AddSingleton<DiscordInteractionHandler>();
        services.AddSingleton<IGatewayDispatchHandler>(sp => sp.GetRequiredService<DiscordInteractionHandler>());

        services.AddSingleton<ProgressTokens>();
        services.AddSingleton<TakeProgressEdits>();
        services.AddHostedService<TakeProgressRelay>();
        services.AddSingleton<VideoFitter>();
        services.AddSingleton<TakeMessages>();
        services.AddSingleton<ITakeNotifier, DiscordTakeNotifier>();
        services.AddSingleton<ICutNotifier, DiscordCutNotifier>();

        if (Enum.TryParse<DiscordMode>(section[nameof(DiscordOptions.Mode)], ignoreCase: true, out var mode) && mode == DiscordMode.Http)
        {
            services.AddSingleton<InteractionSignature>();
            services.AddSingleton<PendingInteractions>();
            services.AddHostedService(sp => sp.GetRequiredService<PendingInteractions>());
        }
        else
        {
            services.AddDiscordGateway();
        }

        return services;
    }

    /// <summary><c>POST /discord/interactions</c>, in <see cref="DiscordMode.Http"/> with a token set; nothing otherwise.</summary>
    public static IEndpointRouteBuilder MapClipBotDiscord(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ServiceProvider.GetRequiredService<IServiceProviderIsService>().IsService(typeof(InteractionSignature)))
        {
            app.MapInteractions();
        }

        return app;
    }
}
