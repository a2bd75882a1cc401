using ClipBot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClipBot.Redis.Tests.Fixtures;

/// <summary>A minimal host with AddClipBotRedis, wired the way the app wires it, for start-up and restart tests.</summary>
internal static class EmbeddedStoreHost
{
    public static IHost Build(string dataPath, IDictionary<string, string?>? store = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(store ?? new Dictionary<string, string?>());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Path"] = dataPath });

        // Core registers these in the app; this test host stands in for it.
        builder.Services.AddOptions<DataOptions>().Bind(builder.Configuration.GetSection(DataOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddClipBotRedis(builder.Configuration);
        return builder.Build();
    }
}
