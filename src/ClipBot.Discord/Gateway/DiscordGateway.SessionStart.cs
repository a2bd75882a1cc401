using ClipBot.Core.Results;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Gateway;

/// <summary>
/// Discord's session start limit: an Identify with none left makes Discord end every session and reset the
/// token, so a process in a crash loop would lock its owner out. Resumes do not spend one and are not checked.
/// </summary>
internal sealed partial class DiscordGateway
{
    /// <summary>
    /// Reads <c>GET /gateway/bot</c> before an Identify and, while it allows no new session, waits for the reset
    /// and reads it again. Returns the last answer (it also says where to connect), or why the gateway stops.
    /// </summary>
    private async Task<(Result<DiscordGatewayInfo> Answer, GatewayDisconnect? Refused)> WaitForSessionStartAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            var answer = await rest.GetGatewayAsync(stoppingToken);
            if (!answer.IsSuccess)
            {
                if (answer.Error.Kind == ErrorKind.Forbidden)
                {
                    return (answer, GatewayBotFailed(answer.Error, GatewayNext.Identify));
                }

                // A REST hiccup must not keep the bot offline; the identify spacing still paces the Identifies.
                logger.SessionStartLimitUnknown(answer.Error.Message);
                return (answer, null);
            }

            if (answer.Value.SessionsRemaining != 0)
            {
                return (answer, null);
            }

            // Without a reset time the limit is asked for again after the longest back-off, and never sooner than
            // an Identify could go anyway, so that a Discord answering 0 and 0 cannot make this spin.
            var wait = answer.Value.SessionsResetAfter ?? timings.MaxBackoff;
            wait = wait > timings.IdentifySpacing ? wait : timings.IdentifySpacing;
            logger.SessionStartLimitReached(wait, (long)wait.TotalMilliseconds);
            await Task.Delay(wait, time, stoppingToken);
        }
    }
}
