namespace ClipBot.Redis;

/// <summary>The "Store" section: which Redis-speaking server holds takes and the queue.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    public StoreMode Mode { get; set; } = StoreMode.Embedded;

    /// <summary>A StackExchange.Redis connection string; required when <see cref="Mode"/> is Redis.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The loopback port of the embedded server; 0 picks a free one at start.</summary>
    public int EmbeddedPort { get; set; }

    /// <summary>The embedded server's in-memory log size (Garnet's --memory), e.g. 64m.</summary>
    public string EmbeddedMemory { get; set; } = "64m";

    /// <summary>The embedded server's hash index size (Garnet's --index), e.g. 16m.</summary>
    public string EmbeddedIndex { get; set; } = "16m";

    /// <summary>Prepended to every key and channel, so several deployments or test runs can share one server.</summary>
    public string KeyPrefix { get; set; } = "clipbot:";
}
