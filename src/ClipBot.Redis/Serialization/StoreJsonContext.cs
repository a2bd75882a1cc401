using System.Text.Json;
using System.Text.Json.Serialization;
using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.Serialization;

/// <summary>
/// Source-generated JSON for what the store keeps. Enums are written as names, so reordering an enum in
/// Core never changes the meaning of data already stored.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    Converters = [typeof(TakeIdJsonConverter), typeof(ReelIdJsonConverter)])]
[JsonSerializable(typeof(Take))]
[JsonSerializable(typeof(Reel))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
