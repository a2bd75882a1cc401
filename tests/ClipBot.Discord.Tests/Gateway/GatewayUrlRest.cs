using System.Diagnostics;
using System.Text.Json.Nodes;
using ClipBot.Core.Results;
using ClipBot.Discord.Rest;

namespace ClipBot.Discord.Tests.Gateway;

/// <summary>
/// The one REST call the gateway makes, <c>GET /gateway/bot</c>, answered from a fixed list (the last answer
/// repeats), each call's moment noted; the rest are not for it.
/// </summary>
internal sealed class GatewayUrlRest : IDiscordRest
{
    /// <summary>What Discord answers a bot far from its session start limit.</summary>
    public const int PlentyOfSessions = 999;

    private readonly Lock _gate = new();
    private readonly Queue<Result<DiscordGatewayInfo>> _answers;
    private readonly List<TimeSpan> _calls = [];
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

    public GatewayUrlRest(params Result<DiscordGatewayInfo>[] answers)
    {
        ArgumentOutOfRangeException.ThrowIfZero(answers.Length);
        _answers = new Queue<Result<DiscordGatewayInfo>>(answers);
    }

    /// <summary>Answers <paramref name="url"/> with plenty of sessions left.</summary>
    public GatewayUrlRest(Uri url)
        : this(Answer(url, PlentyOfSessions))
    {
    }

    public GatewayUrlRest(Error error)
        : this(Result<DiscordGatewayInfo>.Failure(error))
    {
    }

    /// <summary>The clock of <see cref="Calls"/>, e.g. the fake gateway's; by default, time since this was made.</summary>
    public Func<TimeSpan>? Clock { get; init; }

    /// <summary>When each <c>GET /gateway/bot</c> came, on <see cref="Clock"/>.</summary>
    public IReadOnlyList<TimeSpan> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    public int GatewayUrlCalls => Calls.Count;

    /// <summary>An answer as Discord gives it: the URL and a session start limit that resets in 4 hours unless told.</summary>
    public static DiscordGatewayInfo Answer(Uri url, int remaining, TimeSpan? resetAfter = null) =>
        new(url, remaining, resetAfter ?? TimeSpan.FromHours(4));

    public Task<Result<DiscordGatewayInfo>> GetGatewayAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _calls.Add(Clock?.Invoke() ?? _stopwatch.Elapsed);
            var answer = _answers.Count > 1 ? _answers.Dequeue() : _answers.Peek();
            return Task.FromResult(answer);
        }
    }

    public Task<Result<bool>> RespondAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<bool>> EditOriginalAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<string>> FollowUpAsync(string interactionToken, DiscordMessage message, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<string>> CreateMessageAsync(string channelId, DiscordMessage message, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<bool>> DeleteMessageAsync(string channelId, string messageId, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<Result<bool>> OverwriteCommandsAsync(string? guildId, JsonArray commands, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
