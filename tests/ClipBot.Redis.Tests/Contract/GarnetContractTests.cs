using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Contract;

/// <summary>The contract on the embedded Garnet, as `./build.sh run` uses it.</summary>
public sealed class GarnetContractTests(GarnetServerFixture server)
    : StoreContractTests(server), IClassFixture<GarnetServerFixture>;
