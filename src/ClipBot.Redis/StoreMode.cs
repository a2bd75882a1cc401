namespace ClipBot.Redis;

/// <summary>Where takes and the queue live.</summary>
public enum StoreMode
{
    /// <summary>An in-process Garnet server under the data folder; nothing to install.</summary>
    Embedded,

    /// <summary>An external Redis 7+ (or Garnet/Valkey) server at <see cref="StoreOptions.ConnectionString"/>.</summary>
    Redis,
}
