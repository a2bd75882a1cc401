using System.Buffers.Binary;
using System.Text;

namespace ClipBot.Media.Cut;

/// <summary>
/// Reads the first video track's index from an MP4's moov box. A cut of 55 takes needs this for every
/// take; reading a few kilobytes in-process costs microseconds where an ffprobe per file costs 50 ms.
/// </summary>
internal static class Mp4TrackReader
{
    // A moov this big would index hours of video; a take's is a few kilobytes, a 4-minute cut's a few hundred.
    private const long MaxMoovBytes = 64L * 1024 * 1024;

    /// <summary>The first video track, or null when the file is not an MP4 with one.</summary>
    public static Mp4VideoTrack? ReadVideo(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var moov = ReadTopLevel(stream, "moov");
        if (moov is null)
        {
            return null;
        }

        foreach (var trak in Children(moov, 0, moov.Length).Where(box => box.Type == "trak"))
        {
            if (Find(moov, trak, "mdia") is not { } mdia || Find(moov, mdia, "hdlr") is not { } hdlr
                || hdlr.Length < 12 || Ascii(moov, hdlr.Start + 8) != "vide")
            {
                continue;
            }

            return ReadTrack(moov, mdia);
        }

        return null;
    }

    private static Mp4VideoTrack? ReadTrack(byte[] moov, Box mdia)
    {
        if (Find(moov, mdia, "mdhd") is not { } mdhd || Find(moov, mdia, "minf") is not { } minf
            || Find(moov, minf, "stbl") is not { } stbl || Find(moov, stbl, "stsd") is not { } stsd
            || Find(moov, stbl, "stts") is not { } stts || Find(moov, stbl, "stsz") is not { } stsz)
        {
            return null;
        }

        // mdhd version 1 widens the two dates before the timescale to 64 bits.
        var timescale = U32(moov, mdhd.Start + (moov[mdhd.Start] == 1 ? 20 : 12));

        // stsd: version and flags, an entry count, then the first sample entry (e.g. avc1).
        var entry = Children(moov, stsd.Start + 8, stsd.End).FirstOrDefault();
        if (entry.Type is null || entry.Length < 78)
        {
            return null;
        }

        // A visual sample entry: 24 bytes of reserved and reference fields, then width and height; boxes follow at 78.
        var width = BinaryPrimitives.ReadUInt16BigEndian(moov.AsSpan(entry.Start + 24));
        var height = BinaryPrimitives.ReadUInt16BigEndian(moov.AsSpan(entry.Start + 26));
        var avcC = Children(moov, entry.Start + 78, entry.End).FirstOrDefault(box => box.Type == "avcC");
        var configuration = avcC.Type is null ? [] : moov.AsSpan(avcC.Start, avcC.Length).ToArray();

        var deltas = new List<(uint Count, uint Delta)>();
        var runs = U32(moov, stts.Start + 4);
        for (var i = 0; i < runs && stts.Start + 16 + (i * 8) <= stts.End; i++)
        {
            deltas.Add((U32(moov, stts.Start + 8 + (i * 8)), U32(moov, stts.Start + 12 + (i * 8))));
        }

        var sampleCount = (int)Math.Min(U32(moov, stsz.Start + 8), int.MaxValue);
        List<int>? sync = null;
        if (Find(moov, stbl, "stss") is { } stss)
        {
            sync = [];
            var count = U32(moov, stss.Start + 4);
            for (var i = 0; i < count && stss.Start + 12 + (i * 4) <= stss.End; i++)
            {
                // Sample numbers count from 1.
                sync.Add((int)U32(moov, stss.Start + 8 + (i * 4)) - 1);
            }
        }

        return new Mp4VideoTrack(entry.Type, width, height, timescale, sampleCount, deltas, sync, configuration);
    }

    private static byte[]? ReadTopLevel(FileStream stream, string type)
    {
        Span<byte> header = stackalloc byte[16];
        while (stream.Position + 8 <= stream.Length)
        {
            var start = stream.Position;
            stream.ReadExactly(header[..8]);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var headerLength = 8;
            if (size == 1)
            {
                stream.ReadExactly(header[8..16]);
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header[8..16]);
                headerLength = 16;
            }
            else if (size == 0)
            {
                size = stream.Length - start;
            }

            if (size < headerLength || start + size > stream.Length)
            {
                return null;
            }

            if (Encoding.ASCII.GetString(header[4..8]) == type)
            {
                if (size - headerLength > MaxMoovBytes)
                {
                    return null;
                }

                var payload = new byte[size - headerLength];
                stream.ReadExactly(payload);
                return payload;
            }

            stream.Position = start + size;
        }

        return null;
    }

    private static Box? Find(byte[] data, Box parent, string type)
    {
        var found = Children(data, parent.Start, parent.End).FirstOrDefault(box => box.Type == type);
        return found.Type is null ? null : found;
    }

    private static IEnumerable<Box> Children(byte[] data, int start, int end)
    {
        var position = start;
        while (position + 8 <= end)
        {
            long size = U32(data, position);
            var headerLength = 8;
            if (size == 1 && position + 16 <= end)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(data.AsSpan(position + 8));
                headerLength = 16;
            }
            else if (size == 0)
            {
                size = end - position;
            }

            if (size < headerLength || position + size > end)
            {
                yield break;
            }

            yield return new Box(Ascii(data, position + 4), position + headerLength, (int)(position + size));
            position += (int)size;
        }
    }

    private static uint U32(byte[] data, int offset) =>
        offset + 4 <= data.Length ? BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset)) : 0;

    private static string Ascii(byte[] data, int offset) => Encoding.ASCII.GetString(data, offset, 4);

    /// <summary>A box's type and the bounds of its payload within the buffer.</summary>
    private readonly record struct Box(string Type, int Start, int End)
    {
        public int Length => End - Start;
    }
}
