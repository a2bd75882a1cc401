using System.Text;
using System.Text.Json;
using ClipBot.Discord.Gateway;

namespace ClipBot.Discord.Tests.Gateway;

public sealed class GatewayPayloadsTests
{
    [Fact]
    public void Heartbeat_Sequence_TheDocumentedFrame()
    {
        var frame = GatewayPayloads.Heartbeat(251);

        Assert.Equal("""{"op":1,"d":251}""", Encoding.UTF8.GetString(frame));
    }

    [Fact]
    public void Heartbeat_NoSequenceYet_Null()
    {
        var frame = GatewayPayloads.Heartbeat(null);

        Assert.Equal("""{"op":1,"d":null}""", Encoding.UTF8.GetString(frame));
    }

    [Fact]
    public void Resume_Session_TheDocumentedFrame()
    {
        var frame = GatewayPayloads.Resume("my_token", "session_id_i_stored", 1337);

        Assert.Equal("""{"op":6,"d":{"token":"my_token","session_id":"session_id_i_stored","seq":1337}}""", Encoding.UTF8.GetString(frame));
    }

    [Fact]
    public void Identify_Token_NoIntentsClipBotPropertiesAndTheShard()
    {
        var frame = GatewayPayloads.Identify("my_token", 1, 3);

        using var document = JsonDocument.Parse(frame);
        var root = document.RootElement;
        Assert.Equal(2, root.GetProperty("op").GetInt32());
        var data = root.GetProperty("d");
        Assert.Equal(["token", "intents", "properties", "shard"], data.EnumerateObject().Select(property => property.Name));
        Assert.Equal("my_token", data.GetProperty("token").GetString());
        Assert.Equal(0, data.GetProperty("intents").GetInt32());
        Assert.Equal("linux", data.GetProperty("properties").GetProperty("os").GetString());
        Assert.Equal("clipbot", data.GetProperty("properties").GetProperty("browser").GetString());
        Assert.Equal("clipbot", data.GetProperty("properties").GetProperty("device").GetString());
        Assert.Equal("[1,3]", data.GetProperty("shard").GetRawText());
    }

    [Fact]
    public void Identify_OverDiscordsFrameLimit_Throws()
    {
        var token = new string('t', GatewayPayloads.MaxFrameBytes);

        Assert.Throws<InvalidOperationException>(() => GatewayPayloads.Identify(token, 0, 1));
    }
}
