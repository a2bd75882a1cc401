using System.Text.Json;
using ClipBot.Redis.Serialization;
using ClipBot.Redis.Tests.Fixtures;

namespace ClipBot.Redis.Tests.Serialization;

public sealed class StoreJsonContextTests
{
    [Fact]
    public void Serialize_FullTake_RoundTripsEveryField()
    {
        var take = TestTakes.Full();

        var json = JsonSerializer.Serialize(take, StoreJsonContext.Default.Take);
        var back = JsonSerializer.Deserialize(json, StoreJsonContext.Default.Take);

        Assert.Equal(take, back);
    }

    [Fact]
    public void Serialize_Take_WritesEnumsAsNamesAndIdAsString()
    {
        var take = TestTakes.Full();

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(take, StoreJsonContext.Default.Take));

        var root = json.RootElement;
        Assert.Equal(take.Id.Value, root.GetProperty("id").GetString());
        Assert.Equal("Failed", root.GetProperty("status").GetString());
        Assert.Equal("Portrait4x5", root.GetProperty("parameters").GetProperty("aspect").GetString());
        Assert.Equal("RotateCcw", root.GetProperty("parameters").GetProperty("camera").GetString());
    }
}
