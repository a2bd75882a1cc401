namespace ClipBot.Media.Cut;

/// <summary>
/// What the cut needs to know about a file's video track, read from its MP4 index without starting a
/// process: the stream header (avcC), the frame size, the frame timing and where the keyframes are.
/// </summary>
/// <param name="AvcConfiguration">The avcC box's payload: SPS and PPS. Pieces joined by stream copy must agree on it byte for byte.</param>
/// <param name="Timescale">Ticks per second of the track's timestamps.</param>
/// <param name="SampleDeltas">Run-length sample durations in ticks (stts): (count, delta).</param>
/// <param name="SyncSamples">0-based indexes of the keyframes, ascending; null when every frame is one.</param>
internal sealed record Mp4VideoTrack(
    string SampleEntry,
    int Width,
    int Height,
    uint Timescale,
    int SampleCount,
    IReadOnlyList<(uint Count, uint Delta)> SampleDeltas,
    IReadOnlyList<int>? SyncSamples,
    byte[] AvcConfiguration)
{
    /// <summary>The duration of every frame but the last one in ticks, or null when they differ (variable frame rate).</summary>
    public uint? UniformDelta
    {
        get
        {
            // The muxer may give the last frame a duration of its own: it has no successor to be even with.
            uint? found = null;
            long remaining = Math.Max(1, SampleCount - 1);
            foreach (var (count, delta) in SampleDeltas)
            {
                if (remaining <= 0)
                {
                    break;
                }

                if (found is { } earlier && earlier != delta)
                {
                    return null;
                }

                found = delta;
                remaining -= count;
            }

            return found;
        }
    }

    /// <summary>Whether the track runs at exactly <paramref name="fps"/> frames per second.</summary>
    public bool RunsAt(int fps) => UniformDelta is { } delta && (long)delta * fps == Timescale;

    /// <summary>The first keyframe at or after <paramref name="frame"/>, or null when there is none.</summary>
    public int? KeyframeAtOrAfter(int frame)
    {
        if (SyncSamples is null)
        {
            return frame < SampleCount ? frame : null;
        }

        foreach (var sync in SyncSamples)
        {
            if (sync >= frame)
            {
                return sync;
            }
        }

        return null;
    }

    public bool IsKeyframe(int frame) => SyncSamples is null ? frame < SampleCount : SyncSamples.Contains(frame);
}
