using System.Globalization;
using ClipBot.Discord.Gateway;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Tests.Gateway;

public sealed partial class DiscordGatewayTests
{
    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task RunAsync_ClosedWithConfigurationErrorCode_StopsWithOneLogLine(int code)
    {
        await using var harness = await GatewayHarness.StartAsync();
        var connection = await harness.WaitForReadyAsync();

        await connection.CloseAsync(code);
        await harness.Run.WaitAsync(TimeSpan.FromSeconds(5));

        var line = Assert.Single(harness.Logger.Entries, entry => entry.Level >= LogLevel.Warning);
        Assert.Equal("GatewayStopped", line.Id.Name);
        Assert.Contains(code.ToString(CultureInfo.InvariantCulture), line.Message, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Connections);
        harness.AssertTokenNeverLogged();
    }

    [Fact]
    public async Task ExecuteAsync_AuthenticationFailed_ServiceStaysStoppedWithoutFaulting()
    {
        await using var harness = await GatewayHarness.StartAsync(run: false);
        using var service = new GatewayHostedService(harness.Gateway, Microsoft.Extensions.Options.Options.Create(harness.Options));
        await service.StartAsync(CancellationToken.None);
        var connection = await harness.WaitForReadyAsync();

        await connection.CloseAsync(4004);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(TimeSpan.FromSeconds(1));

        // Completed, not faulted: a faulted BackgroundService would stop the whole host.
        Assert.True(service.ExecuteTask.IsCompletedSuccessfully);
        Assert.Single(harness.Fake.Connections);
        await service.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ExecuteAsync_NotListening_NeverConnects()
    {
        await using var harness = await GatewayHarness.StartAsync(run: false);
        harness.Options.Listen = false;
        using var service = new GatewayHostedService(harness.Gateway, Microsoft.Extensions.Options.Options.Create(harness.Options));

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        Assert.True(service.ExecuteTask.IsCompletedSuccessfully);
        Assert.Empty(harness.Fake.Connections);
        await service.StopAsync(CancellationToken.None);
    }
}
