using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ClipBot.Core.Takes;

namespace ClipBot.Redis.TestWorker;

/// <summary>
/// Which attempts fail and how long each take sleeps, decided by hashing the take id, never by a random
/// source: the same take ids give the same run, whichever worker takes which job.
/// </summary>
internal static class FailurePlan
{
    public static bool Fails(TakeId takeId, int attempt, double rate) => rate > 0 && Unit(takeId, $"fail:{attempt}") < rate;

    public static int JitterMs(TakeId takeId, int maxMs) => maxMs <= 0 ? 0 : (int)(Unit(takeId, "jitter") * (maxMs + 1));

    // A uniform number in [0, 1) from the top 53 bits of a SHA-256, which every platform computes alike.
    private static double Unit(TakeId takeId, string purpose)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{takeId.Value}:{purpose}"), hash);
        return (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
    }
}
