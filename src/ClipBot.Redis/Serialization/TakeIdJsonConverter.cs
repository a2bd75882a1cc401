using ClipBot.Core.Takes;

namespace ClipBot.Redis.Serialization;

/// <summary>Writes a take id as its plain string, as it appears in keys, URLs and chat.</summary>
internal sealed class TakeIdJsonConverter() : StringIdJsonConverter<TakeId>("take", text => new TakeId(text), id => id.Value);
