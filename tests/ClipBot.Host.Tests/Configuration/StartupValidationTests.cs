using ClipBot.Host.Tests.Infrastructure;

namespace ClipBot.Host.Tests.Configuration;

/// <summary>A bad setting stops the start: exit code 1 and one line on stderr that names the key.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Web__Port", "99999", "Web:Port must be a TCP port")]
    [InlineData("Web__BindAddress", "everywhere", "Web:BindAddress 'everywhere' is not an IP address")]
    [InlineData("Web__BindAddress", "0.0.0.0", "Web:AdminToken is required")]
    [InlineData("Roles__Run", "web,painter", "Roles:Run 'web,painter' is not valid")]
    [InlineData("Store__Mode", "Redis", "Store:ConnectionString")]
    [InlineData("Workers__Concurrency", "0", "Workers:Concurrency must be")]
    [InlineData("Workers__Concurrency", "many", "Workers:Concurrency")]
    [InlineData("Data__Path", "", "Data:Path")]
    [InlineData("Media__FfmpegPath", "/nonexistent/ffmpeg", "install it (sudo apt-get install ffmpeg) or set Media:FfmpegPath")]
    [InlineData("Store__ConnectionString", "127.0.0.1:1,connectTimeout=300", "Store:ConnectionString (127.0.0.1:1")]
    public async Task Start_BadSetting_ExitsWithOneLineNamingKey(string key, string value, string expected)
    {
        var data = Path.Combine(Path.GetTempPath(), "clipbot-host-process", Guid.NewGuid().ToString("N"));
        var environment = new Dictionary<string, string> { ["CLIPBOT_Data__Path"] = data, ["CLIPBOT_Web__Port"] = "0" };
        environment["CLIPBOT_" + key] = value;
        if (key == "Store__ConnectionString")
        {
            environment["CLIPBOT_Store__Mode"] = "Redis";
        }

        var (exitCode, error) = await HostProcess.RunToExitAsync(environment, TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        Assert.StartsWith("ClipBot cannot start: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
