namespace ClipBot.Media.Cut;

/// <summary>Knobs the benchmark and the tests turn; the host keeps the defaults.</summary>
/// <param name="TransitionsPerRun">
/// Crossfades rendered per ffmpeg run. Measured on 2 cores for 54 crossfades at 720p: one per run 25.8 s
/// and 149 MB; six per run 22.9 s and 265 MB (two decoders each, about 20 MB per crossfade); three per run
/// was as fast as six on a busy machine at 195 MB.
/// </param>
/// <param name="SeamFrames">Frames decoded after each seam by <see cref="CutDecodeCheck.Seams"/>.</param>
internal sealed record CutTuning(int TransitionsPerRun = 3, CutDecodeCheck DecodeCheck = CutDecodeCheck.Seams, int SeamFrames = 2)
{
    public static CutTuning Default { get; } = new();
}
