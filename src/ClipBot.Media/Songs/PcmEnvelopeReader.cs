using System.Runtime.InteropServices;

namespace ClipBot.Media.Songs;

/// <summary>
/// Streams a raw little-endian float file into an <see cref="OnsetEnvelope"/> a chunk at a time: 15 minutes
/// of samples are 40 MB, their envelopes 1.2 MB.
/// </summary>
internal static class PcmEnvelopeReader
{
    private const int ChunkBytes = 64 * 1024;

    public static async Task<float[][]> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The beat detector reads little-endian samples only.");
        }

        var envelope = new OnsetEnvelope();
        var buffer = new byte[ChunkBytes];
        var carried = 0;
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes, useAsync: true);
        while (await stream.ReadAsync(buffer.AsMemory(carried), cancellationToken) is var read and > 0)
        {
            var available = carried + read;
            var whole = available - (available % sizeof(float));
            envelope.Add(MemoryMarshal.Cast<byte, float>(buffer.AsSpan(0, whole)));

            // A read can end inside a sample; its first bytes wait for the rest at the front of the buffer.
            carried = available - whole;
            buffer.AsSpan(whole, carried).CopyTo(buffer);
        }

        return envelope.ToArrays();
    }
}
