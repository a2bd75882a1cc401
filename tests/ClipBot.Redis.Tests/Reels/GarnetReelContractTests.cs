using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Reels;

/// <summary>The reels' contract on the embedded Garnet, as `./build.sh run` uses it.</summary>
public sealed class GarnetReelContractTests(GarnetServerFixture server)
    : ReelContractTests(server), IClassFixture<GarnetServerFixture>;
