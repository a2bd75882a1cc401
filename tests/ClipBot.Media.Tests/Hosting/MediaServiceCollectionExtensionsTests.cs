using ClipBot.Core.Generation;
using ClipBot.Core.Hosting;
using ClipBot.Core.Media;
using ClipBot.Core.Storage;
using ClipBot.Media.Ingest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ClipBot.Media.Tests.Hosting;

public sealed class MediaServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddClipBotMedia_DefaultConfiguration_StartsAndResolvesThePorts()
    {
        using var host = Build(new Dictionary<string, string?>());

        await host.StartAsync();

        Assert.Equal("local", host.Services.GetRequiredService<IVideoGenerator>().Name);
        Assert.IsType<FfmpegMediaIngest>(host.Services.GetRequiredService<IMediaIngest>());
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / 2), host.Services.GetRequiredService<IOptions<MediaOptions>>().Value.MaxParallelEncodes);
        await host.StopAsync();
    }

    [Fact]
    public void AddClipBotMedia_Configuration_BindsTheMediaSection()
    {
        using var host = Build(new Dictionary<string, string?> { ["Media:TimeoutSeconds"] = "30", ["Media:MaxParallelEncodes"] = "3" });

        var options = host.Services.GetRequiredService<IOptions<MediaOptions>>().Value;

        Assert.Equal((30, 3, "ffmpeg", "ffprobe"), (options.TimeoutSeconds, options.MaxParallelEncodes, options.FfmpegPath, options.FfprobePath));
    }

    [Theory]
    [InlineData("Media:TimeoutSeconds", "4", "TimeoutSeconds")]
    [InlineData("Media:TimeoutSeconds", "3601", "TimeoutSeconds")]
    [InlineData("Media:MaxParallelEncodes", "0", "MaxParallelEncodes")]
    [InlineData("Media:MaxParallelEncodes", "65", "MaxParallelEncodes")]
    [InlineData("Media:FfmpegPath", "", "FfmpegPath")]
    public async Task AddClipBotMedia_OutOfRangeOption_FailsTheStartNamingTheKey(string key, string value, string named)
    {
        using var host = Build(new Dictionary<string, string?> { [key] = value });

        var start = () => host.StartAsync();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(start);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddClipBotMedia_FfmpegMissing_FailsTheStartWithTheFix()
    {
        using var host = Build(new Dictionary<string, string?> { ["Media:FfmpegPath"] = "/nonexistent/ffmpeg" });

        var start = () => host.StartAsync();

        var error = await Assert.ThrowsAsync<StartupException>(start);
        Assert.Contains("install it (sudo apt-get install ffmpeg) or set Media:FfmpegPath", error.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

        // What ClipBot.Core registers in the real host.
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<DataOptions>().Configure(o => o.Path = Path.GetTempPath());

        builder.Services.AddClipBotMedia(configuration);
        return builder.Build();
    }
}
