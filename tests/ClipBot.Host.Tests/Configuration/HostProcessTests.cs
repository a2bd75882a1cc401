using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ClipBot.Host.Tests.Infrastructure;

namespace ClipBot.Host.Tests.Configuration;

/// <summary>The built host as an operator starts it: settings from CLIPBOT_ environment variables.</summary>
public sealed class HostProcessTests
{
    [Fact]
    public async Task Start_PortAndDataFromEnvironment_ServesThere()
    {
        var port = FreePort();
        var data = Path.Combine(Path.GetTempPath(), "clipbot-host-process", Guid.NewGuid().ToString("N"));
        using var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["CLIPBOT_Web__Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["CLIPBOT_Data__Path"] = data,
        });
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
