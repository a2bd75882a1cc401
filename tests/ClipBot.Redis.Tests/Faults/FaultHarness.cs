using System.Globalization;
using ClipBot.Core;
using ClipBot.Core.Chat;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Faults;

/// <summary>
/// The test's side of a fault run: the public ports (take store, job queue) from AddClipBotCore and
/// AddClipBotRedis, to queue work as the bot does and to read where it ended, plus the doubles' counters.
/// </summary>
internal sealed class FaultHarness : IAsyncDisposable
{
    // Take ids as TakeId.New makes them, but from a seeded generator, so the test worker's failure plan (a hash
    // of id and attempt) picks the same attempts on every run.
    private const string IdAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int IdLength = 12;

    private readonly ServiceProvider _services;

    private FaultHarness(ServiceProvider services)
    {
        _services = services;
        Takes = services.GetRequiredService<ITakeStore>();
        Queue = services.GetRequiredService<IJobQueue>();
        Db = services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();
    }

    public ITakeStore Takes { get; }

    public IJobQueue Queue { get; }

    public IDatabase Db { get; }

    public FaultKeys Keys { get; } = new(FaultSettings.KeyPrefix);

    public static FaultHarness Connect(IReadOnlyDictionary<string, string> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddClipBotCore(configuration)
            .AddClipBotRedis(configuration)
            .BuildServiceProvider();
        return new FaultHarness(services);
    }

    /// <summary>Creates <paramref name="count"/> takes on the "test" platform and queues each, spread over owners.</summary>
    public async Task<IReadOnlyList<TakeId>> EnqueueAsync(int count, int owners, int seed)
    {
        var random = new Random(seed);
        var now = DateTimeOffset.UtcNow;
        var ids = new List<TakeId>(count);
        for (var i = 0; i < count; i++)
        {
            var id = NextId(random);
            var owner = "owner-" + (i % owners).ToString(CultureInfo.InvariantCulture);
            var take = new Take
            {
                Id = id,
                Parameters = new ClipParameters { Prompt = $"fault take {i}", Seed = (uint)i },
                Author = new ChatUser(owner, owner),
                Channel = new ChannelRef("test", "faults"),
                Provider = "test",
                Status = TakeStatus.Queued,
                CreatedAt = now,
                UpdatedAt = now,
            };
            await Takes.CreateAsync(take, CancellationToken.None);
            await Queue.EnqueueAsync(new JobRequest(id, owner), CancellationToken.None);
            ids.Add(id);
        }

        return ids;
    }

    /// <summary>Every take by id, read in one pipelined burst.</summary>
    public async Task<IReadOnlyDictionary<TakeId, Take?>> GetTakesAsync(IReadOnlyList<TakeId> ids)
    {
        var takes = await Task.WhenAll(ids.Select(id => Takes.GetAsync(id, CancellationToken.None)));
        return ids.Zip(takes).ToDictionary(p => p.First, p => p.Second);
    }

    /// <summary>A counter hash of the doubles (posts, generations, failures) as take id → count.</summary>
    public async Task<IReadOnlyDictionary<string, long>> CountsAsync(RedisKey key)
    {
        var entries = await Db.HashGetAllAsync(key);
        return entries.ToDictionary(e => e.Name.ToString(), e => (long)e.Value, StringComparer.Ordinal);
    }

    public Task<QueueStatus> StatusAsync() => Queue.GetStatusAsync(null, CancellationToken.None);

    public static bool IsEmpty(QueueStatus status) => status.Waiting == 0 && status.Running == 0 && status.Retrying == 0;

    public static string Describe(QueueStatus status) =>
        $"queue waiting {status.Waiting}, running {status.Running}, retrying {status.Retrying}";

    public static string Describe(IEnumerable<Take?> takes) =>
        string.Join(", ", takes.GroupBy(t => t?.Status.ToString() ?? "missing").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private static TakeId NextId(Random random)
    {
        Span<char> chars = stackalloc char[IdLength];
        for (var i = 0; i < IdLength; i++)
        {
            chars[i] = IdAlphabet[random.Next(IdAlphabet.Length)];
        }

        return TakeId.TryParse(new string(chars), out var id) ? id : throw new InvalidOperationException("The id alphabet drifted from TakeId's.");
    }
}
