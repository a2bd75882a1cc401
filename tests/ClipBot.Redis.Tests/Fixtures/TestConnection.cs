namespace ClipBot.Redis.Tests.Fixtures;

/// <summary>Connection settings shared by the test fixtures.</summary>
internal static class TestConnection
{
    /// <summary>
    /// ./build.sh test runs four test projects at once on two cores, so a command can wait seconds for a
    /// thread; the default 5 s timeout would then measure the machine's load, not the queue.
    /// </summary>
    public const string Patient = "syncTimeout=30000,asyncTimeout=30000";
}
