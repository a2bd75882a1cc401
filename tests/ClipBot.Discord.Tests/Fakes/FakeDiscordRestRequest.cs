using System.Text;
using System.Text.Json.Nodes;

namespace ClipBot.Discord.Tests.Fakes;

/// <summary>A request <see cref="FakeDiscordRest"/> received, whole: route, headers, body and multipart parts.</summary>
/// <param name="Path">The path as sent, below the host (<c>/api/v10/channels/1/messages</c>).</param>
/// <param name="RouteValues">The route's parameters by name (<c>channelId</c>, <c>interactionToken</c>, …).</param>
/// <param name="Headers">Every header, by case-insensitive name, values joined by ", ".</param>
/// <param name="ReceivedAt">When it arrived, on the fake's monotonic clock (since it started).</param>
internal sealed record FakeDiscordRestRequest(
    FakeDiscordRestRoute Route,
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> RouteValues,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    ReadOnlyMemory<byte> RawBody,
    IReadOnlyList<FakeDiscordRestPart> Parts,
    TimeSpan ReceivedAt)
{
    public string Body => Encoding.UTF8.GetString(RawBody.Span);

    public string? Authorization => Header("Authorization");

    public bool IsMultipart => ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The JSON the client sent: the body, or the <c>payload_json</c> part of a multipart request; null if none.</summary>
    public JsonNode? Payload
    {
        get
        {
            var json = IsMultipart ? Part("payload_json")?.Text : Body;
            return string.IsNullOrWhiteSpace(json) ? null : JsonNode.Parse(json);
        }
    }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? RouteValue(string name) => RouteValues.TryGetValue(name, out var value) ? value : null;

    public FakeDiscordRestPart? Part(string name) => Parts.FirstOrDefault(part => part.Name == name);
}
