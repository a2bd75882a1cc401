namespace ClipBot.Media.Songs;

/// <summary>The beat period and how strongly each register of the onset envelope pulses at it.</summary>
/// <param name="Period">The beat period in envelope frames, fractional.</param>
/// <param name="Weights">Per register, its autocorrelation at the period (0 for no pulse, 1 for a perfect one).</param>
internal sealed record TempoEstimate(double Period, IReadOnlyList<double> Weights);
