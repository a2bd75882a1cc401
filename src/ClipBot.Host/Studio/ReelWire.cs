using ClipBot.Core.Reels;

namespace ClipBot.Host.Studio;

/// <summary>How the Studio API writes and reads a reel's phases and ranking modes: lowercase words.</summary>
internal static class ReelWire
{
    public static string Of(ReelPhase phase) => phase switch
    {
        ReelPhase.Open => "open",
        ReelPhase.Voting => "voting",
        ReelPhase.Locked => "locked",
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "Unknown phase."),
    };

    public static string Of(RankingMode ranking) => ranking == RankingMode.Duels ? "duels" : "votes";

    /// <summary>The <c>/reel</c> sub-command that puts a reel in the phase named on the wire; null for an unknown name.</summary>
    public static string? SubcommandFor(string? phase) => phase?.Trim().ToLowerInvariant() switch
    {
        "open" => "open",
        "voting" => "vote",
        "locked" => "lock",
        _ => null,
    };
}
