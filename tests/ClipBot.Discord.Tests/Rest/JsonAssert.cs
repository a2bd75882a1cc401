using System.Text.Json.Nodes;

namespace ClipBot.Discord.Tests.Rest;

internal static class JsonAssert
{
    /// <summary>Same JSON, whatever the order of properties; the message shows what was sent.</summary>
    public static void Equal(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"Expected {expected}\nbut got  {actual?.ToJsonString()}");
}
