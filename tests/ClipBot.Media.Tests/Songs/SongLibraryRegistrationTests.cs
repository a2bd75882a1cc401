using ClipBot.Core.Songs;
using ClipBot.Core.Storage;
using ClipBot.Media.Songs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClipBot.Media.Tests.Songs;

public sealed class SongLibraryRegistrationTests
{
    [Fact]
    public void AddClipBotMedia_Default_ResolvesTheFfmpegSongLibraryOnce()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<DataOptions>().Configure(options => options.Path = Path.GetTempPath());
        services.AddClipBotMedia(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var library = provider.GetRequiredService<ISongLibrary>();

        Assert.IsType<FfmpegSongLibrary>(library);
        Assert.Same(library, provider.GetRequiredService<ISongLibrary>());
    }
}
