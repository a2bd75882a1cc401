using ClipBot.Core.Notifications;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using StackExchange.Redis;

namespace ClipBot.Redis.TestWorker;

/// <summary>
/// The "test" platform: a post is a counter in Redis, so the tests can see from outside the processes
/// whether any take was posted twice, and by which process.
/// </summary>
internal sealed class RecordingNotifier(IConnectionMultiplexer redis, TestKeys keys) : ITakeNotifier
{
    public const string PlatformName = "test";

    // One script, so a post is never counted without its poster or the other way round.
    private const string PostScript = """
        redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
        return 1
        """;

    public string Platform => PlatformName;

    public async Task<Result<bool>> PostAsync(Take take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(take);
        cancellationToken.ThrowIfCancellationRequested();
        await redis.GetDatabase().ScriptEvaluateAsync(PostScript, [keys.Posted, keys.PostedBy], [take.Id.Value, Environment.ProcessId]);
        return true;
    }
}
