using ClipBot.Core.Cuts;
using ClipBot.Core.Storage;
using ClipBot.Media.Cut;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClipBot.Media.Tests.Cut;

public sealed class CutRegistrationTests
{
    [Fact]
    public void AddClipBotMedia_CutRenderer_ResolvesToTheFfmpegRenderer()
    {
        var services = new ServiceCollection();

        // What ClipBot.Core and the host register.
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddOptions<DataOptions>().Configure(o => o.Path = Path.GetTempPath());
        services.AddClipBotMedia(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var renderer = provider.GetRequiredService<ICutRenderer>();

        Assert.IsType<FfmpegCutRenderer>(renderer);
        Assert.Same(renderer, provider.GetRequiredService<ICutRenderer>());
    }
}
