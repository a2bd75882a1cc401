using System.Globalization;
using ClipBot.Core.Takes;
using ClipBot.Discord.Interactions;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Notifications;

/// <summary>
/// Shows a take's progress in the <c>@original</c> of the interaction that asked for it, while its token lives:
/// at most one edit per <see cref="MinInterval"/> per take, always ending on the latest change. A finished take
/// is posted as a message of its own (<see cref="DiscordTakeNotifier"/>); its last edit says so.
/// </summary>
internal sealed class TakeProgressEdits(ProgressTokens tokens, IDiscordRest rest, TimeProvider time, ILogger<TakeProgressEdits> logger)
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(2);

    public async Task OnChangedAsync(Take take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(take);
        if (!string.Equals(take.Channel.Platform, InteractionParser.Platform, StringComparison.Ordinal) || tokens.Find(take.Id) is not { } token)
        {
            return;
        }

        TimeSpan wait;
        lock (token.Gate)
        {
            token.Pending = take;
            if (token.EditScheduled)
            {
                return;
            }

            token.EditScheduled = true;
            wait = token.LastEditAt + MinInterval - time.GetUtcNow();
        }

        if (wait <= TimeSpan.Zero)
        {
            await EditAsync(take.Id, token, cancellationToken);
            return;
        }

        // The throttle's later edit runs on its own, so the changes of other takes are not held up meanwhile;
        // its timer starts now, at the change, not whenever the task gets to run.
        _ = EditLaterAsync(take.Id, token, Task.Delay(wait, time, cancellationToken), cancellationToken);
    }

    public static string Describe(Take take)
    {
        ArgumentNullException.ThrowIfNull(take);
        var p = take.Parameters;
        var state = take.Status switch
        {
            TakeStatus.Queued => "waiting for another try",
            TakeStatus.Generating => string.Create(CultureInfo.InvariantCulture, $"generating, {take.Progress}%"),
            TakeStatus.Processing => "processing",
            TakeStatus.Ready => "ready; posting it",
            TakeStatus.Posted => "posted in this channel",
            TakeStatus.Failed => "failed: " + (take.FailureReason ?? "it could not be made").TrimEnd('.'),
            _ => "cancelled",
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"Take {take.Id}: “{DiscordText.Quote(p.Prompt, 80)}” ({p.Aspect.ToWire()}, {p.DurationSeconds} s, seed {p.Seed}): {state}.");
    }

    private async Task EditLaterAsync(TakeId take, ProgressToken token, Task due, CancellationToken cancellationToken)
    {
        try
        {
            await due;
            await EditAsync(take, token, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the progress line stays as it was.
        }
        catch (Exception exception)
        {
            logger.ProgressEditFailed(exception, take.Value);
        }
    }

    private async Task EditAsync(TakeId take, ProgressToken token, CancellationToken cancellationToken)
    {
        Take? latest;
        lock (token.Gate)
        {
            latest = token.Pending;
            token.Pending = null;
            token.EditScheduled = false;
            token.LastEditAt = time.GetUtcNow();
        }

        if (latest is null || token.ExpiresAt <= time.GetUtcNow())
        {
            return;
        }

        if (latest.Status.IsFinal())
        {
            tokens.Forget(take);
        }

        var edited = await rest.EditOriginalAsync(token.Token, new DiscordMessage(Describe(latest)), cancellationToken);
        if (!edited.IsSuccess)
        {
            logger.ProgressNotEdited(take.Value, edited.Error.Message);
        }
    }
}
