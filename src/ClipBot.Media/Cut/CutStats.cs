namespace ClipBot.Media.Cut;

/// <summary>What one render did and how long each part took: for the log line, the tests and the benchmark.</summary>
internal sealed class CutStats
{
    public int TransitionsRendered { get; set; }

    public int TransitionsReused { get; set; }

    public int TransitionRuns { get; set; }

    public bool CreditsRendered { get; set; }

    public int CardsRendered { get; set; }

    public int CardsReused { get; set; }

    public TimeSpan PiecesElapsed { get; set; }

    public TimeSpan ConcatElapsed { get; set; }

    public TimeSpan CheckElapsed { get; set; }
}
