using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Gateway;

/// <summary>Dispatches (op 0): the session's sequence and identity, and interactions handed to the handler.</summary>
internal sealed partial class DiscordGateway
{
    private readonly Lock _handlersGate = new();
    private readonly HashSet<Task> _handlers = [];

    private void OnDispatch(GatewayFrame frame, CancellationToken stoppingToken)
    {
        if (frame.Sequence is { } sequence)
        {
            Interlocked.Exchange(ref _sequence, sequence);
        }

        switch (frame.EventName)
        {
            case "READY":
                _sessionId = String(frame.Data, "session_id");
                _resumeUrl = TryGatewayUri(String(frame.Data, "resume_gateway_url"), out var resumeUrl) ? resumeUrl : null;
                _failures = 0;
                var user = frame.Data.ValueKind == JsonValueKind.Object && frame.Data.TryGetProperty("user", out var u) ? u : default;
                var (userName, userId) = (String(user, "username") ?? "?", String(user, "id") ?? "?");
                logger.Ready(userName, userId, options.Value.ShardId, options.Value.ShardCount);
                break;
            case "RESUMED":
                _failures = 0;
                var resumedAt = LastSequence();
                logger.Resumed(resumedAt);
                break;
            case "INTERACTION_CREATE" when frame.Data.ValueKind == JsonValueKind.Object:
                StartHandler(frame.Data.Clone(), stoppingToken);
                break;
            default:
                // Intents 0 keeps these few (guild stubs and the like); ClipBot needs none of them.
                break;
        }
    }

    private void StartHandler(JsonElement interaction, CancellationToken stoppingToken)
    {
        // Task.Run so that even a handler that works synchronously before its first await cannot hold up the
        // receive loop, and with it the heartbeat's ACKs.
        var task = Task.Run(() => HandleInteractionAsync(interaction, stoppingToken), CancellationToken.None);
        lock (_handlersGate)
        {
            if (!task.IsCompleted)
            {
                _handlers.Add(task);
            }
        }

        _ = task.ContinueWith(
            done =>
            {
                lock (_handlersGate)
                {
                    _handlers.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private async Task HandleInteractionAsync(JsonElement interaction, CancellationToken stoppingToken)
    {
        try
        {
            await handler.HandleInteractionAsync(interaction, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
        catch (Exception exception)
        {
            // One interaction's failure stays its own; the user sees Discord's "did not respond".
            var interactionId = String(interaction, "id") ?? "?";
            logger.InteractionHandlerFailed(exception, interactionId);
        }
    }

    /// <summary>Lets interactions in progress finish their answers; they were told of the shutdown by their token.</summary>
    private async Task DrainHandlersAsync()
    {
        Task[] running;
        lock (_handlersGate)
        {
            running = [.. _handlers];
        }

        await Task.WhenAll(running);
    }

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
