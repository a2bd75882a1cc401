using ClipBot.Core.Cuts;

namespace ClipBot.Media.Cut;

/// <summary>Knobs the benchmark and the tests turn; the host keeps the defaults.</summary>
/// <param name="TransitionsPerRun">
/// Crossfades rendered per ffmpeg run. Measured on 2 cores for 54 crossfades at 720p: one per run took
/// 25.5 s and 145 MB at the peak, three 19.1 s and 192 MB, six 19.6 s and 262 MB (two decoders per
/// crossfade, about 23 MB each): three take the process start off the bill without the memory of more.
/// </param>
/// <param name="SeamFrames">Frames decoded after each seam by <see cref="CutDecodeCheck.Seams"/>.</param>
internal sealed record CutTuning(int TransitionsPerRun = 3, CutDecodeCheck DecodeCheck = CutDecodeCheck.Seams, int SeamFrames = 2)
{
    public static CutTuning Default { get; } = new();

    /// <summary>These knobs for one cut: a request to verify every frame overrides the decode check.</summary>
    public CutTuning For(CutRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.VerifyEveryFrame ? this with { DecodeCheck = CutDecodeCheck.Everything } : this;
    }
}
