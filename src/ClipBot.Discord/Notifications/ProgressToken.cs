using ClipBot.Core.Takes;

namespace ClipBot.Discord.Notifications;

/// <summary>
/// The interaction token whose <c>@original</c> shows a take's progress, until it expires, and the throttle's
/// state: when it was last edited, and the newest change waiting for the next edit.
/// </summary>
internal sealed class ProgressToken(string token, DateTimeOffset expiresAt)
{
    public string Token { get; } = token;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public Lock Gate { get; } = new();

    public DateTimeOffset LastEditAt { get; set; } = DateTimeOffset.MinValue;

    /// <summary>The change the next edit shows; null once it is shown.</summary>
    public Take? Pending { get; set; }

    /// <summary>An edit is due or under way, so a change only updates <see cref="Pending"/>.</summary>
    public bool EditScheduled { get; set; }
}
