using ClipBot.Redis.Connection;
using Microsoft.Extensions.Logging;
using Moq;

namespace ClipBot.Redis.Tests.Connection;

public sealed class GarnetLoggerFactoryTests
{
    private readonly Mock<ILogger> _inner = new();
    private readonly Mock<ILoggerFactory> _factory = new();

    public GarnetLoggerFactoryTests()
    {
        _inner.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        _factory.Setup(f => f.CreateLogger(It.IsAny<string>())).Returns(_inner.Object);
    }

    [Fact]
    public void CreateLogger_GarnetCategory_PrefixesItWithGarnet()
    {
        using var garnet = new GarnetLoggerFactory(_factory.Object);

        garnet.CreateLogger("Session");

        _factory.Verify(f => f.CreateLogger("Garnet.Session"));
    }

    [Theory]
    [InlineData("Session", LogLevel.Information, false)]
    [InlineData("Session", LogLevel.Warning, true)]
    [InlineData("ArgParser", LogLevel.Warning, false)]
    [InlineData("ArgParser", LogLevel.Error, true)]
    public void IsEnabled_GarnetLevels_PassesWarningsAndAbove(string category, LogLevel level, bool expected)
    {
        using var garnet = new GarnetLoggerFactory(_factory.Object);

        var enabled = garnet.CreateLogger(category).IsEnabled(level);

        Assert.Equal(expected, enabled);
    }

    [Fact]
    public void Dispose_Wrapper_LeavesTheApplicationFactoryAlone()
    {
        var garnet = new GarnetLoggerFactory(_factory.Object);

        garnet.Dispose();

        _factory.Verify(f => f.Dispose(), Times.Never);
    }
}
