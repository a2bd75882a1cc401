using System.Text.Json;
using ClipBot.Discord.Gateway;
using ClipBot.Discord.Tests.Fakes;

namespace ClipBot.Discord.Tests.Gateway;

/// <summary>Keeps every interaction handed over; <see cref="OnInteraction"/> lets a test make the handler slow or failing.</summary>
internal sealed class RecordingDispatchHandler : IGatewayDispatchHandler
{
    private readonly Lock _gate = new();
    private readonly List<JsonElement> _interactions = [];
    private TaskCompletionSource _received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Runs inside the handler, after the interaction is recorded.</summary>
    public Func<JsonElement, CancellationToken, Task>? OnInteraction { get; set; }

    public IReadOnlyList<JsonElement> Interactions
    {
        get
        {
            lock (_gate)
            {
                return [.. _interactions];
            }
        }
    }

    public async Task HandleInteractionAsync(JsonElement interaction, CancellationToken cancellationToken)
    {
        TaskCompletionSource received;
        lock (_gate)
        {
            _interactions.Add(interaction);
            (received, _received) = (_received, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        received.SetResult();
        if (OnInteraction is { } onInteraction)
        {
            await onInteraction(interaction, cancellationToken);
        }
    }

    public async Task<JsonElement> WaitForInteractionAsync(int index)
    {
        using var timeout = new CancellationTokenSource(FakeDiscordGateway.WaitTimeout);
        while (true)
        {
            Task received;
            lock (_gate)
            {
                if (index < _interactions.Count)
                {
                    return _interactions[index];
                }

                received = _received.Task;
            }

            await received.WaitAsync(timeout.Token);
        }
    }
}
