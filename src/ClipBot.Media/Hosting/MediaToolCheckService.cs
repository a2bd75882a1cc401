using ClipBot.Core.Hosting;
using Microsoft.Extensions.Hosting;

namespace ClipBot.Media.Hosting;

/// <summary>Fails the host's start when ffmpeg or ffprobe cannot be run.</summary>
internal sealed class MediaToolCheckService(MediaToolCheck check) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await check.FindProblemAsync(cancellationToken) is { } problem)
        {
            throw new StartupException(problem);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
