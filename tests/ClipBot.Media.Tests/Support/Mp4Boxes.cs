using System.Buffers.Binary;

namespace ClipBot.Media.Tests.Support;

/// <summary>Reads the top-level box types of an MP4, to see whether the index (moov) comes before the media (mdat).</summary>
internal static class Mp4Boxes
{
    public static IReadOnlyList<string> TopLevel(string path)
    {
        using var stream = File.OpenRead(path);
        var types = new List<string>();
        Span<byte> header = stackalloc byte[16];
        while (stream.Position + 8 <= stream.Length)
        {
            var start = stream.Position;
            stream.ReadExactly(header[..8]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            types.Add(System.Text.Encoding.ASCII.GetString(header[4..8]));
            if (size == 1)
            {
                stream.ReadExactly(header[8..16]);
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header[8..16]);
            }
            else if (size == 0)
            {
                break;
            }

            stream.Position = start + size;
        }

        return types;
    }
}
