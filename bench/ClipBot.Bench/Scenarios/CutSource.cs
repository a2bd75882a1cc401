namespace ClipBot.Bench.Scenarios;

/// <summary>One generated source clip of the cut workload.</summary>
internal sealed record CutSource(int Index, string Path, int Width, int Height, int Fps, string Codec)
{
    public string Kind => $"{Width}x{Height}@{Fps} {Codec}";
}
