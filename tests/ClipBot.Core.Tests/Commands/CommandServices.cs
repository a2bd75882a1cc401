using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Generation;
using ClipBot.Core.Notifications;
using ClipBot.Core.Pipeline;
using ClipBot.Core.Queue;
using ClipBot.Core.Reels;
using ClipBot.Core.Songs;
using ClipBot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace ClipBot.Core.Tests.Commands;

/// <summary>The real command handlers registered as Core registers them, with mocked ports.</summary>
internal static class CommandServices
{
    public static ServiceCollection Create()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Mock.Of<ITakeStore>());
        services.AddSingleton(Mock.Of<IJobQueue>());
        services.AddSingleton(Mock.Of<IQuotaStore>());
        services.AddSingleton(Mock.Of<IJobCancellations>());
        services.AddSingleton(Mock.Of<ITakeEvents>());
        services.AddSingleton(Mock.Of<IVideoGenerator>(g => g.Name == "local"));
        services.AddSingleton(Mock.Of<ISeedSource>());
        services.AddSingleton(Options.Create(new QueueOptions()));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Mock.Of<IReelStore>());
        services.AddSingleton(Mock.Of<IBallotBox>());
        services.AddSingleton(Mock.Of<IReelTimers>());
        services.AddSingleton(Mock.Of<ISongLibrary>());
        services.AddSingleton(Options.Create(new ReelOptions()));
        services.AddSingleton<ILogger<ClipCommandHandler>>(NullLogger<ClipCommandHandler>.Instance);
        services.AddSingleton<ILogger<CancelCommandHandler>>(NullLogger<CancelCommandHandler>.Instance);
        services.AddSingleton<ILogger<ReelCreateCommand>>(NullLogger<ReelCreateCommand>.Instance);
        services.AddSingleton<ILogger<VoteCommandHandler>>(NullLogger<VoteCommandHandler>.Instance);
        services.AddSingleton<ILogger<ReelPhases>>(NullLogger<ReelPhases>.Instance);
        services.AddSingleton<TakeUpdater>();
        CoreServiceCollectionExtensions.AddCommands(services);
        return services;
    }
}
