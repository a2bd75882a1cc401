namespace ClipBot.Discord.Rest;

/// <summary>
/// A call ready to send, as often as the rate limits make it go: the JSON is written once, and the files are
/// opened afresh for each attempt, since a sent stream can't be read again.
/// </summary>
/// <param name="Json">The JSON body (the <c>payload_json</c> part when there are files); empty for none.</param>
internal sealed record DiscordRequest(DiscordRoute Route, ReadOnlyMemory<byte> Json, IReadOnlyList<DiscordFile> Files);
