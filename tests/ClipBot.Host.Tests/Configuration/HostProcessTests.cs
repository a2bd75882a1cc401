using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClipBot.Host.Tests.Configuration;

/// <summary>The built host as an operator starts it: settings from CLIPBOT_ environment variables.</summary>
public sealed class HostProcessTests
{
    [Fact]
    public async Task Start_PortAndDataFromEnvironment_ServesThere()
    {
        var port = FreePort();
        var data = Path.Combine(Path.GetTempPath(), "clipbot-host-process", Guid.NewGuid().ToString("N"));
        using var host = StartHost(new() { ["CLIPBOT_Web__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["CLIPBOT_Data__Path"] = data });
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        try
        {
            var health = await PollAsync(client, "/healthz", TimeSpan.FromSeconds(30));

            Assert.Equal(HttpStatusCode.OK, health);
            Assert.True(Directory.Exists(Path.Combine(data, "store")), "the embedded store lives under CLIPBOT_Data__Path");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Start_BadPortInEnvironment_ExitsWithOneLineNamingKey()
    {
        var data = Path.Combine(Path.GetTempPath(), "clipbot-host-process", Guid.NewGuid().ToString("N"));
        using var host = StartHost(new() { ["CLIPBOT_Web__Port"] = "99999", ["CLIPBOT_Data__Path"] = data });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var error = await host.StandardError.ReadToEndAsync(timeout.Token);
        await host.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, host.ExitCode);
        Assert.Contains("ClipBot cannot start: Web:Port must be a TCP port", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static Process StartHost(Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(HostDll());
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>The host built by the same configuration as these tests (Release under build.sh, Debug in an IDE).</summary>
    private static string HostDll()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (!File.Exists(Path.Combine(root.FullName, "ClipBot.sln")))
        {
            root = root.Parent!;
        }

        var dll = Path.Combine(root.FullName, "src", "ClipBot.Host", "bin", configuration, "net10.0", "ClipBot.Host.dll");
        Assert.True(File.Exists(dll), $"{dll} is built with the tests");
        return dll;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<HttpStatusCode?> PollAsync(HttpClient client, string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await client.GetAsync(path);
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        return null;
    }
}
