using System.Globalization;
using ClipBot.Core.Chat;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Usage: ClipBot.Redis.CrashProbe <data folder> <count> <leased>
// Creates <count> takes and enqueues each, then leases <leased> of the jobs with a 1 ms lease and never
// completes them, as a worker that dies mid-job. Prints "ready <count>" once every write was acknowledged,
// then waits forever: the test kills it with SIGKILL and checks that everything came back.
if (args.Length != 3
    || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var count)
    || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var leased))
{
    await Console.Error.WriteLineAsync("usage: ClipBot.Redis.CrashProbe <data folder> <count> <leased>");
    return 2;
}

var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["Store:Mode"] = "Embedded" })
    .Build();
var services = new ServiceCollection()
    .AddLogging()
    .AddSingleton(TimeProvider.System)
    .Configure<DataOptions>(o => o.Path = args[0])
    .AddClipBotRedis(configuration)
    .BuildServiceProvider();

var store = services.GetRequiredService<ITakeStore>();
var queue = services.GetRequiredService<IJobQueue>();
var now = DateTimeOffset.UtcNow;
for (var i = 0; i < count; i++)
{
    var take = new Take
    {
        Id = TakeId.New(),
        Parameters = new ClipParameters { Prompt = $"crash probe take {i}", Seed = (uint)i },
        Author = new ChatUser("probe", "Crash Probe"),
        Channel = ChannelRef.Studio,
        Provider = "local",
        Status = TakeStatus.Queued,
        CreatedAt = now.AddMilliseconds(i),
        UpdatedAt = now.AddMilliseconds(i),
    };
    await store.CreateAsync(take, CancellationToken.None);
    await queue.EnqueueAsync(take.Id, CancellationToken.None);
}

for (var i = 0; i < leased; i++)
{
    _ = await queue.TryLeaseAsync("doomed-worker", TimeSpan.FromMilliseconds(1), CancellationToken.None)
        ?? throw new InvalidOperationException("The queue ran dry before the leases were taken.");
}

Console.WriteLine($"ready {count}");
await Task.Delay(Timeout.Infinite);
return 0;
