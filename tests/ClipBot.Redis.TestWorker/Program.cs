using ClipBot.Core;
using ClipBot.Core.Cuts;
using ClipBot.Core.Generation;
using ClipBot.Core.Media;
using ClipBot.Core.Notifications;
using ClipBot.Redis;
using ClipBot.Redis.TestWorker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

// A worker process as production runs it (Core's worker loop on the Redis queue), with the generator,
// ingest and notifier replaced by test doubles. Settings come from the command line or the environment:
//   --Store:ConnectionString=127.0.0.1:6390 --Store:KeyPrefix=faults: --Data:Path=/tmp/w1
//   --Workers:Concurrency=2 --Workers:LeaseSeconds=5 --Queue:MaxAttempts=3
//   --TestWorker:GenerateMs=3000 --TestWorker:GenerateJitterMs=0 --TestWorker:FailRate=0.3
// It prints "worker ready <pid>" once the host has started.
var builder = Host.CreateApplicationBuilder(args);

// Inserted first, so that the command line and the environment override them.
builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
{
    InitialData = new Dictionary<string, string?>
    {
        ["Store:Mode"] = "Redis",
        ["Workers:Enabled"] = "true",
    },
});

builder.Services.AddClipBotCore(builder.Configuration);
builder.Services.AddClipBotRedis(builder.Configuration);
builder.Services.AddOptions<TestWorkerOptions>().Bind(builder.Configuration.GetSection(TestWorkerOptions.SectionName));
builder.Services.AddSingleton(sp => new TestKeys(sp.GetRequiredService<IOptions<StoreOptions>>().Value.KeyPrefix));
builder.Services.AddSingleton<IVideoGenerator, SleepingGenerator>();
builder.Services.AddSingleton<IMediaIngest, InstantIngest>();
builder.Services.AddSingleton<ITakeNotifier, RecordingNotifier>();
builder.Services.AddSingleton<ICutRenderer, NoCuts>();
builder.Services.AddHostedService<ParentWatch>();

using var host = builder.Build();
await host.StartAsync();
Console.WriteLine($"worker ready {Environment.ProcessId}");
await host.WaitForShutdownAsync();
return 0;
