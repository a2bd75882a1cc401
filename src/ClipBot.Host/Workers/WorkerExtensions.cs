using ClipBot.Host.Configuration;

namespace ClipBot.Host.Workers;

public static class WorkerExtensions
{
    /// <summary>The take worker; it runs only when Roles:Run includes "worker".</summary>
    public static IServiceCollection AddClipBotWorkers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RolesOptions>().Bind(configuration.GetSection(RolesOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<TakeWorker>();
        return services;
    }
}
