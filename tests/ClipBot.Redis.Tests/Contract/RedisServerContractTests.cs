using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Contract;

/// <summary>The contract on a real redis-server, as production uses it.</summary>
public sealed class RedisServerContractTests(RedisServerFixture server)
    : StoreContractTests(server), IClassFixture<RedisServerFixture>;
