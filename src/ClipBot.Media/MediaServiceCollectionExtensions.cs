using ClipBot.Core.Generation;
using ClipBot.Core.Media;
using ClipBot.Media.Hosting;
using ClipBot.Media.Ingest;
using ClipBot.Media.Local;
using ClipBot.Media.Processes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClipBot.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// Adds the FFmpeg runner, the <c>local</c> generator and ingest, with <see cref="MediaOptions"/> bound
    /// from the "Media" section and checked at start, and a start-up check that ffmpeg and ffprobe run.
    /// Needs <c>DataOptions</c> and <see cref="TimeProvider"/>, which ClipBot.Core registers.
    /// </summary>
    public static IServiceCollection AddClipBotMedia(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<MediaOptions>()
            .Bind(configuration.GetSection(MediaOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<ProcessRunner>();
        services.AddSingleton<FfmpegRunner>();
        services.AddSingleton<CaptionFont>();
        services.AddSingleton<LocalVideoGenerator>();
        services.AddSingleton<IVideoGenerator>(provider => provider.GetRequiredService<LocalVideoGenerator>());
        services.AddSingleton<IMediaIngest, FfmpegMediaIngest>();
        services.AddSingleton<IDeliveryEncoder, ClipBot.Media.Delivery.FfmpegDeliveryEncoder>();
        services.AddSingleton<ClipBot.Core.Cuts.ICutRenderer, ClipBot.Media.Cut.FfmpegCutRenderer>();
        services.AddSingleton<ClipBot.Core.Songs.ISongLibrary, ClipBot.Media.Songs.FfmpegSongLibrary>();
        services.AddSingleton<MediaToolCheck>();
        services.AddHostedService<MediaToolCheckService>();
        return services;
    }
}
