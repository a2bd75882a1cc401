using System.Text.Json;
using ClipBot.Core.Reels;
using ClipBot.Redis.Serialization;

namespace ClipBot.Redis.Tests.Reels;

public sealed class ReelJsonTests
{
    [Fact]
    public void Serialize_FullReel_RoundTripsEveryField()
    {
        var reel = TestReels.Full();

        var json = JsonSerializer.Serialize(reel, StoreJsonContext.Default.Reel);
        var back = JsonSerializer.Deserialize(json, StoreJsonContext.Default.Reel);

        TestReels.AssertSame(reel, back);
    }

    [Fact]
    public void Serialize_MinimalReel_RoundTripsDefaultsAndNulls()
    {
        var reel = TestReels.Minimal();

        var json = JsonSerializer.Serialize(reel, StoreJsonContext.Default.Reel);
        var back = JsonSerializer.Deserialize(json, StoreJsonContext.Default.Reel);

        TestReels.AssertSame(reel, back);
    }

    [Fact]
    public void Serialize_FullReel_WritesEnumsAsNamesAndIdsAsStrings()
    {
        var reel = TestReels.Full();

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(reel, StoreJsonContext.Default.Reel));

        var root = json.RootElement;
        Assert.Equal(reel.Id.Value, root.GetProperty("id").GetString());
        Assert.Equal("Voting", root.GetProperty("phase").GetString());
        Assert.Equal("Duels", root.GetProperty("rules").GetProperty("ranking").GetString());
        Assert.Equal("Locked", root.GetProperty("schedule").GetProperty("next").GetString());
        Assert.Equal("Crop", root.GetProperty("canvas").GetProperty("fit").GetString());
        var winners = root.GetProperty("cut").GetProperty("winners");
        Assert.Equal(reel.Cut!.Winners[0]!.Value.Value, winners[0].GetString());
        Assert.Equal(JsonValueKind.Null, winners[1].ValueKind);
    }
}
