using ClipBot.Core.Songs;

namespace ClipBot.Bench.Scenarios;

/// <summary>What the last ingest made and how long each clip took, kept so that --reuse-ingest can skip it.</summary>
/// <param name="DeliveryBitsPerSecond">The delivery renditions' video budget: (cap × 0.95 − audio) ÷ song length.</param>
internal sealed record CutTakesManifest(
    Song Song,
    long AudioBitsPerSecond,
    long DeliveryBitsPerSecond,
    double SlotSeconds,
    IReadOnlyList<CutTakeFiles> Takes,
    IReadOnlyList<double> IngestSeconds,
    bool Reused);
