using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ClipBot.Host.Tests.Infrastructure;

/// <summary>
/// The real host (embedded Garnet, the local generator, real ffmpeg) in a temp data folder. Extra settings
/// are applied after ClipBot's own configuration, as environment variables would be.
/// </summary>
public sealed class StudioFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly bool _ownsData;

    public StudioFactory(IDictionary<string, string?>? settings = null, string? dataPath = null)
    {
        _ownsData = dataPath is null;
        DataPath = dataPath ?? NewDataPath();
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Data:Path"] = DataPath,
            ["Store:Mode"] = "Embedded",
            ["Web:Port"] = "0",
            ["Workers:IdlePollSeconds"] = "1",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataPath { get; }

    public static string NewDataPath() => Path.Combine(Path.GetTempPath(), "clipbot-host-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsData)
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
