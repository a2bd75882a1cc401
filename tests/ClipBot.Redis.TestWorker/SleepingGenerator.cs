using ClipBot.Core.Generation;
using ClipBot.Core.Results;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ClipBot.Redis.TestWorker;

/// <summary>
/// Stands in for a video model: sleeps, reports progress, and fails the attempts <see cref="FailurePlan"/>
/// picks with a transient error. It writes no file; <see cref="InstantIngest"/> does not look for one.
/// </summary>
internal sealed class SleepingGenerator(IConnectionMultiplexer redis, TestKeys keys, IOptions<TestWorkerOptions> options) : IVideoGenerator
{
    public const string ProviderName = "test";

    private const int ProgressSteps = 10;

    // The attempt is counted in Redis rather than in memory, so a job retried on another process sees attempt 2;
    // the same script records which process runs it, so a test knows which worker to kill.
    private const string StartScript = """
        local attempt = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
        return attempt
        """;

    public string Name => ProviderName;

    public async Task<Result<string>> GenerateAsync(GenerationRequest request, IProgress<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var settings = options.Value;
        var db = redis.GetDatabase();
        var attempt = (int)await db.ScriptEvaluateAsync(StartScript, [keys.Generations, keys.Generating], [request.TakeId.Value, Environment.ProcessId]);

        var sleep = settings.GenerateMs + FailurePlan.JitterMs(request.TakeId, settings.GenerateJitterMs);
        if (sleep < ProgressSteps * 10)
        {
            // Too short to report in steps: the timer's granularity would stretch it.
            await Task.Delay(sleep, cancellationToken);
        }
        else
        {
            for (var step = 1; step <= ProgressSteps; step++)
            {
                await Task.Delay(sleep / ProgressSteps, cancellationToken);
                progress.Report(step * 100 / ProgressSteps);
            }
        }

        if (FailurePlan.Fails(request.TakeId, attempt, settings.FailRate))
        {
            await db.HashIncrementAsync(keys.Failures, request.TakeId.Value);
            return new Error(ErrorKind.Transient, $"The test generator failed attempt {attempt} on purpose.");
        }

        return Path.Combine(request.WorkDirectory, "clip.mp4");
    }
}
