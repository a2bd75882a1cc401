using ClipBot.Core.Reels;

namespace ClipBot.Redis.Serialization;

/// <summary>Writes a reel id as its plain string, as it appears in keys and in <c>/reel link</c>.</summary>
internal sealed class ReelIdJsonConverter() : StringIdJsonConverter<ReelId>("reel", text => new ReelId(text), id => id.Value);
