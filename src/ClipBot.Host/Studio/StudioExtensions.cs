using System.Net;
using ClipBot.Core.Notifications;
using ClipBot.Core.Reels;
using ClipBot.Host.Configuration;

namespace ClipBot.Host.Studio;

public static class StudioExtensions
{
    /// <summary>
    /// The Studio page, its API (takes, reels, button clicks) and its live events, listening where
    /// Web:BindAddress and Web:Port say; and the Studio as a channel takes and cuts are posted to.
    /// </summary>
    public static WebApplicationBuilder AddClipBotStudio(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ITakeNotifier, StudioNotifier>();
        builder.Services.AddSingleton<ICutNotifier, StudioCutNotifier>();
        builder.Services.AddSingleton<StudioEventHub>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StudioEventHub>());
        builder.Services.AddHostedService<StudioReelWatcher>();
        builder.Services.AddSingleton<StudioTakes>();
        builder.Services.AddSingleton<StudioReels>();
        builder.Services.AddSingleton<StudioReelCommands>();
        builder.Services.AddSingleton<ReelActions>();
        builder.Services.AddSingleton<StudioUploads>();
        builder.Services.AddSingleton<WriteAccessFilter>();
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            var web = context.Configuration.GetSection(WebOptions.SectionName).Get<WebOptions>() ?? new WebOptions();
            // A bad address or port is reported by the options validation, which names the key; binding
            // here first would fail with a bare framework exception instead.
            if (IPAddress.TryParse(web.BindAddress, out var address) && web.Port is >= IPEndPoint.MinPort and <= IPEndPoint.MaxPort)
            {
                kestrel.Listen(address, web.Port);
            }
        });
        return builder;
    }

    public static WebApplication MapClipBotStudio(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(failed => failed.Run(WriteFailureAsync));
        app.MapPage();
        app.MapCommands();
        app.MapActions();
        app.MapTakes();
        app.MapReels();
        app.MapEvents();
        app.MapQueue();
        app.MapMedia();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return app;
    }

    // Exception text stays in the log; the page and chat get a short, fixed sentence.
    private static async Task WriteFailureAsync(HttpContext http)
    {
        var failure = http.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>();
        if (failure is not null)
        {
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ClipBot.Host.Studio").RequestFailed(failure.Error, http.Request.Path);
        }

        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await http.Response.WriteAsJsonAsync(new ErrorResponse("Something went wrong on our side. Try again in a moment."));
    }
}
