using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Fixtures;

/// <summary>A running Redis-speaking server shared by the tests of one class.</summary>
public interface IStoreServer
{
    /// <summary>A connection string such as "127.0.0.1:6390".</summary>
    string ConnectionString { get; }

    IConnectionMultiplexer Redis { get; }
}
