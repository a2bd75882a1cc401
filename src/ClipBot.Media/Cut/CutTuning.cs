namespace ClipBot.Media.Cut;

/// <summary>Knobs the benchmark and the tests turn; the host keeps the defaults.</summary>
/// <param name="TransitionsPerRun">Crossfades rendered per ffmpeg run (each run holds two decoders per crossfade).</param>
/// <param name="SeamFrames">Frames decoded after each seam by <see cref="CutDecodeCheck.Seams"/>.</param>
internal sealed record CutTuning(int TransitionsPerRun = 6, CutDecodeCheck DecodeCheck = CutDecodeCheck.Seams, int SeamFrames = 2)
{
    public static CutTuning Default { get; } = new();
}
