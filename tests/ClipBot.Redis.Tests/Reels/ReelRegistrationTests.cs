using ClipBot.Core.Reels;
using ClipBot.Redis.Reels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClipBot.Redis.Tests.Reels;

public sealed class ReelRegistrationTests
{
    [Fact]
    public void AddClipBotRedis_AnyMode_RegistersTheReelPortsAsSingletons()
    {
        var services = new ServiceCollection();

        services.AddClipBotRedis(new ConfigurationBuilder().Build());

        Assert.Equal(
            [(typeof(RedisReelStore), ServiceLifetime.Singleton), (typeof(RedisBallotBox), ServiceLifetime.Singleton), (typeof(RedisReelTimers), ServiceLifetime.Singleton)],
            new[] { typeof(IReelStore), typeof(IBallotBox), typeof(IReelTimers) }
                .Select(port => services.Single(d => d.ServiceType == port))
                .Select(d => (d.ImplementationType, d.Lifetime)));
    }
}
