using System.Diagnostics;
using System.Text.Json.Nodes;
using ClipBot.Core.Results;
using ClipBot.Discord.Rest;

namespace ClipBot.Discord.Tests.Interactions;

/// <summary>An <see cref="IDiscordRest"/> that records every call with the moment it came, and succeeds.</summary>
internal sealed class RecordingRest : IDiscordRest
{
    private readonly Lock _gate = new();
    private readonly List<RestCall> _calls = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _messageIds = 1000;

    /// <summary>Answers for the calls, by name; null (or absent) is a success.</summary>
    public Dictionary<string, Error> Failures { get; } = [];

    /// <summary>Holds calls while unset, to see what happens meanwhile; set from the start.</summary>
    public TaskCompletionSource Open { get; set; } = Opened();

    public IReadOnlyList<RestCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    public IReadOnlyList<RestCall> CallsTo(string name) => [.. Calls.Where(c => c.Name == name)];

    public Task<Result<bool>> RespondAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        RecordAsync(new RestCall(nameof(RespondAsync), interactionToken, _clock.Elapsed) { Response = response, InteractionId = interactionId }, true);

    public Task<Result<bool>> EditOriginalAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        RecordAsync(new RestCall(nameof(EditOriginalAsync), interactionToken, _clock.Elapsed) { Message = message }, true);

    public Task<Result<string>> FollowUpAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        RecordAsync(new RestCall(nameof(FollowUpAsync), interactionToken, _clock.Elapsed) { Message = message }, NextId());

    public Task<Result<string>> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken) =>
        RecordAsync(new RestCall(nameof(CreateMessageAsync), channelId, _clock.Elapsed) { Message = message, FileBytes = Read(message) }, NextId());

    public Task<Result<bool>> DeleteMessageAsync(string channelId, string messageId, CancellationToken cancellationToken) =>
        RecordAsync(new RestCall(nameof(DeleteMessageAsync), channelId, _clock.Elapsed) { MessageId = messageId }, true);

    public Task<Result<bool>> OverwriteCommandsAsync(string? guildId, JsonArray commands, CancellationToken cancellationToken) =>
        RecordAsync(new RestCall(nameof(OverwriteCommandsAsync), guildId ?? string.Empty, _clock.Elapsed) { Commands = commands }, true);

    public Task<Result<DiscordGatewayInfo>> GetGatewayAsync(CancellationToken cancellationToken) =>
        RecordAsync(
            new RestCall(nameof(GetGatewayAsync), string.Empty, _clock.Elapsed),
            new DiscordGatewayInfo(new Uri("wss://gateway.discord.gg"), 999, TimeSpan.FromHours(4)));

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    // The files are read as the call is made: the caller deletes temporary ones once it returns.
    private static IReadOnlyList<long> Read(DiscordMessage message) => [.. message.Files.Select(f => new FileInfo(f.Path).Length)];

    private string NextId() => Interlocked.Increment(ref _messageIds).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Result<T>> RecordAsync<T>(RestCall call, T value)
    {
        lock (_gate)
        {
            _calls.Add(call);
        }

        await Open.Task;
        return Failures.TryGetValue(call.Name, out var failure) ? failure : value;
    }
}
