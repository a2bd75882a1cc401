using System.Globalization;

namespace ClipBot.Redis.Connection;

/// <summary>The command line of the embedded Garnet server; pure, so the settings are tested without a server.</summary>
internal static class GarnetArguments
{
    public static string[] Build(int port, string storePath, string memory, string index) =>
    [
        "--bind", "127.0.0.1",
        "--port", port.ToString(CultureInfo.InvariantCulture),
        "--lua",

        // A commit per write, and no answer before it is on disk: an acknowledged write survives kill -9.
        // Without the wait Garnet may answer before the write reaches the file: once, on a loaded machine, a
        // process killed after its last acknowledged write came back without its last 40 of 200 takes.
        "--aof",
        "--aof-commit-freq", "0",
        "--aof-commit-wait",

        // The native device needs libaio, which our machines lack; RandomAccess is plain file I/O.
        "--storage-tier",
        "--device-type", "RandomAccess",
        "--checkpointdir", storePath,
        "--logdir", storePath,
        "--recover",

        // Small logs keep the whole process near 175 MB RSS; the defaults cost about 50 MB more.
        "--memory", memory,
        "--index", index,
    ];
}
