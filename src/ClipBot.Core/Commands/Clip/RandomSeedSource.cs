using System.Security.Cryptography;

namespace ClipBot.Core.Commands.Clip;

internal sealed class RandomSeedSource : ISeedSource
{
    public uint NextSeed()
    {
        Span<byte> bytes = stackalloc byte[4];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt32(bytes);
    }
}
