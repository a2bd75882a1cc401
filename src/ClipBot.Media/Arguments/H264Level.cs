namespace ClipBot.Media.Arguments;

/// <summary>
/// The H.264 level a frame size and rate need. It is written into the stream header, so it is pinned per
/// canvas instead of left to x264, whose guess could differ between takes and break the stream-copy concat.
/// </summary>
internal static class H264Level
{
    // (level, max macroblocks per frame, max macroblocks per second), from the H.264 spec's table A-1.
    private static readonly (string Level, int FrameMacroblocks, int MacroblocksPerSecond)[] Levels =
    [
        ("3.0", 1_620, 40_500),
        ("3.1", 3_600, 108_000),
        ("3.2", 5_120, 216_000),
        ("4.0", 8_192, 245_760),
        ("4.2", 8_704, 522_240),
        ("5.0", 22_080, 589_824),
        ("5.1", 36_864, 983_040),
        ("5.2", 36_864, 2_073_600),
    ];

    public static string For(int width, int height, int fps)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fps);

        var frame = ((width + 15) / 16) * ((height + 15) / 16);
        foreach (var (level, frameLimit, rateLimit) in Levels)
        {
            if (frame <= frameLimit && (long)frame * fps <= rateLimit)
            {
                return level;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(width), $"{width}x{height} at {fps} fps is beyond H.264 level 5.2.");
    }
}
