using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClipBot.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>Commands, the take pipeline, the worker (off when Workers:Enabled is false) and the options every project shares.</summary>
    public static IServiceCollection AddClipBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>().Bind(configuration.GetSection(DataOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<QueueOptions>().Bind(configuration.GetSection(QueueOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<ISeedSource, RandomSeedSource>();
        services.AddSingleton<ICommandHandler, ClipCommandHandler>();
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<ICommandHandler, QueueCommandHandler>();
        services.AddSingleton<ICommandHandler, CancelCommandHandler>();
        services.AddSingleton<ICommandDispatcher, CommandDispatcher>();

        services.AddSingleton<TakeUpdater>();
        services.AddSingleton<TakeProcessor>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<IJobRunner>(sp => sp.GetRequiredService<JobRunner>());
        services.AddSingleton<RunningJobs>();
        services.AddHostedService<TakeWorker>();
        return services;
    }
}
