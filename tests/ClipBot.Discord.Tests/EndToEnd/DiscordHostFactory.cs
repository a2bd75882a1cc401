using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ClipBot.Discord.Tests.EndToEnd;

/// <summary>
/// The real host (embedded Garnet, the local generator, real ffmpeg, the Discord adapter) in a temp data folder,
/// pointed at the fakes. Settings go in as host settings, which the host's registrations already see, as they
/// would see <c>CLIPBOT_</c> environment variables.
/// </summary>
public sealed class DiscordHostFactory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "clipbot-discord-e2e", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data:Path", DataPath);
        builder.UseSetting("Store:Mode", "Embedded");
        builder.UseSetting("Web:Port", "0");
        builder.UseSetting("Workers:IdlePollSeconds", "1");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // The embedded store may still hold a file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
