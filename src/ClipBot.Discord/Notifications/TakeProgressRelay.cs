using ClipBot.Core.Notifications;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Notifications;

/// <summary>Follows every take change in this process and hands it to <see cref="TakeProgressEdits"/>; a thin loop.</summary>
internal sealed class TakeProgressRelay(ITakeEvents events, TakeProgressEdits edits, TimeProvider time, ILogger<TakeProgressRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var take in events.SubscribeAsync(stoppingToken))
                {
                    await edits.OnChangedAsync(take, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // A dropped subscription (the store restarting) must not end progress for good.
                logger.ProgressRelayFailed(exception);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
        }
    }
}
