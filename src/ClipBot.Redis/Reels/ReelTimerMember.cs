using ClipBot.Core.Reels;

namespace ClipBot.Redis.Reels;

/// <summary>
/// A timer as the timer keys name it: <c>reelId|kind</c>, the kind by name, so reordering
/// <see cref="ReelTimer"/> never changes what a stored timer does.
/// </summary>
internal static class ReelTimerMember
{
    public static string Format(ReelId reel, ReelTimer kind) => $"{reel.Value}|{kind}";

    public static (ReelId Reel, ReelTimer Kind) Parse(string member)
    {
        var bar = member.IndexOf('|', StringComparison.Ordinal);
        return (new ReelId(member[..bar]), Enum.Parse<ReelTimer>(member.AsSpan(bar + 1)));
    }
}
