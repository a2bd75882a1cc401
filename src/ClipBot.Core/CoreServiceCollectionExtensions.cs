using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Queue;
using ClipBot.Core.Reels;
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

        services.AddOptions<ReelOptions>().Bind(configuration.GetSection(ReelOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ISeedSource, RandomSeedSource>();
        AddCommands(services);
        services.AddSingleton<ReelCutter>();
        services.AddSingleton<ReelWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReelWorker>());

        services.AddSingleton<TakeUpdater>();
        services.AddSingleton<TakeProcessor>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<IJobRunner>(sp => sp.GetRequiredService<JobRunner>());
        services.AddSingleton<RunningJobs>();
        services.AddHostedService<TakeWorker>();
        return services;
    }

    /// <summary>Every command and what the commands share; the tests register these over mocked ports.</summary>
    internal static void AddCommands(IServiceCollection services)
    {
        services.AddSingleton<ReelSlotBinder>();
        services.AddSingleton<ReelUpdater>();
        services.AddSingleton<ReelStandings>();
        services.AddSingleton<ReelPhases>();

        services.AddSingleton<ICommandHandler, ClipCommandHandler>();
        services.AddSingleton<ICommandHandler, HelpCommandHandler>();
        services.AddSingleton<ICommandHandler, QueueCommandHandler>();
        services.AddSingleton<ICommandHandler, CancelCommandHandler>();
        services.AddSingleton<ICommandDispatcher, CommandDispatcher>();
        services.AddSingleton<ICommandHandler, ReelCommandHandler>();
        services.AddSingleton<ICommandHandler, VoteCommandHandler>();
        services.AddSingleton<ICommandHandler, PickCommandHandler>();
        services.AddSingleton<IReelSubcommand, ReelCreateCommand>();
        services.AddSingleton<IReelSubcommand, ReelLinkCommand>();
        services.AddSingleton<IReelSubcommand, ReelShotsCommand>();
        services.AddSingleton<IReelSubcommand, ReelBriefCommand>();
        services.AddSingleton<IReelSubcommand, ReelPhaseCommand>();
        services.AddSingleton<IReelSubcommand, ReelStandingsCommand>();
        services.AddSingleton<IReelSubcommand, ReelCutCommand>();
        services.AddSingleton<IReelSubcommand, ReelDuelCommand>();
        services.AddSingleton<IReelSubcommand, ReelExportCommand>();
    }
}
