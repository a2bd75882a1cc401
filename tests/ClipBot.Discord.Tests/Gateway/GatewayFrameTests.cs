using System.Text.Json;
using ClipBot.Discord.Gateway;

namespace ClipBot.Discord.Tests.Gateway;

/// <summary>F-D2's frames as the gateway reads them.</summary>
public sealed class GatewayFrameTests
{
    [Fact]
    public void Read_Hello_OpAndInterval()
    {
        using var document = JsonDocument.Parse("""{"op":10,"d":{"heartbeat_interval":45000}}""");

        var frame = GatewayFrame.Read(document.RootElement);

        Assert.Equal(GatewayOpCode.Hello, frame.Op);
        Assert.Equal(45000, frame.Data.GetProperty("heartbeat_interval").GetInt32());
        Assert.Null(frame.Sequence);
        Assert.Null(frame.EventName);
    }

    [Fact]
    public void Read_AckWithoutData_NoData()
    {
        using var document = JsonDocument.Parse("""{"op":11}""");

        var frame = GatewayFrame.Read(document.RootElement);

        Assert.Equal(GatewayOpCode.HeartbeatAck, frame.Op);
        Assert.Equal(JsonValueKind.Undefined, frame.Data.ValueKind);
    }

    [Theory]
    [InlineData("""{"op":7,"d":null}""", nameof(GatewayOpCode.Reconnect), JsonValueKind.Null)]
    [InlineData("""{"op":9,"d":false}""", nameof(GatewayOpCode.InvalidSession), JsonValueKind.False)]
    [InlineData("""{"op":1,"d":251}""", nameof(GatewayOpCode.Heartbeat), JsonValueKind.Number)]
    public void Read_DocumentedFrame_OpAndData(string json, string op, JsonValueKind data)
    {
        using var document = JsonDocument.Parse(json);

        var frame = GatewayFrame.Read(document.RootElement);

        Assert.Equal(Enum.Parse<GatewayOpCode>(op), frame.Op);
        Assert.Equal(data, frame.Data.ValueKind);
    }

    [Fact]
    public void Read_Dispatch_SequenceAndEventName()
    {
        using var document = JsonDocument.Parse("""{"op":0,"s":5,"t":"INTERACTION_CREATE","d":{"id":"786008729715212338","type":2,"token":"A_UNIQUE_TOKEN"}}""");

        var frame = GatewayFrame.Read(document.RootElement);

        Assert.Equal(GatewayOpCode.Dispatch, frame.Op);
        Assert.Equal(5, frame.Sequence);
        Assert.Equal("INTERACTION_CREATE", frame.EventName);
    }

    [Theory]
    [InlineData("""{"d":null}""")]
    [InlineData("""{"op":"ten"}""")]
    [InlineData("""{"op":1.5}""")]
    [InlineData("""[1]""")]
    public void Read_NotAGatewayFrame_Throws(string json)
    {
        using var document = JsonDocument.Parse(json);

        Assert.Throws<JsonException>(() => GatewayFrame.Read(document.RootElement));
    }
}
