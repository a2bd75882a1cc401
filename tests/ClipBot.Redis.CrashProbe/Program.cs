using System.Globalization;
using ClipBot.Core.Chat;
using ClipBot.Core.Queue;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Usage: ClipBot.Redis.CrashProbe <data folder> <count> <leased> <retrying> <dead>
// Creates <count> takes and enqueues each for one of a few owners; then, as a worker would, leases
// <retrying> jobs and schedules them for a retry an hour later, leases <dead> and dead-letters them, and
// finally leases <leased> with a 1 ms lease and never completes them, as a worker that dies mid-job.
// Prints "ready <count>" once every write was acknowledged, then waits forever: the test kills it with
// SIGKILL and checks that everything came back.
if (args.Length != 5
    || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var count)
    || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var leased)
    || !int.TryParse(args[3], CultureInfo.InvariantCulture, out var retrying)
    || !int.TryParse(args[4], CultureInfo.InvariantCulture, out var dead))
{
    await Console.Error.WriteLineAsync("usage: ClipBot.Redis.CrashProbe <data folder> <count> <leased> <retrying> <dead>");
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
    await queue.EnqueueAsync(new JobRequest(take.Id, $"owner-{i % 5}"), CancellationToken.None);
}

for (var i = 0; i < retrying; i++)
{
    var lease = await LeaseAsync(TimeSpan.FromMinutes(1));
    _ = await queue.RetryLaterAsync(lease, DateTimeOffset.UtcNow.AddHours(1), "probe: passing fault", CancellationToken.None);
}

for (var i = 0; i < dead; i++)
{
    var lease = await LeaseAsync(TimeSpan.FromMinutes(1));
    _ = await queue.DeadLetterAsync(lease, "probe: refused", CancellationToken.None);
}

for (var i = 0; i < leased; i++)
{
    _ = await LeaseAsync(TimeSpan.FromMilliseconds(1));
}

Console.WriteLine($"ready {count}");
await Task.Delay(Timeout.Infinite);
return 0;

// No per-owner cap: the probe takes jobs as fast as it can, whoever owns them.
async Task<JobLease> LeaseAsync(TimeSpan leaseFor) =>
    await queue.TryLeaseAsync("doomed-worker", leaseFor, int.MaxValue, CancellationToken.None)
    ?? throw new InvalidOperationException("The queue ran dry before the leases were taken.");
