using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Reels;

/// <summary>The reels' contract on a real redis-server, as production uses it.</summary>
public sealed class RedisServerReelContractTests(RedisServerFixture server)
    : ReelContractTests(server), IClassFixture<RedisServerFixture>;
