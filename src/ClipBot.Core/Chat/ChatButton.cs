namespace ClipBot.Core.Chat;

/// <summary>A button under a reply; <see cref="Action"/> is the platform-neutral custom id, e.g. "vote:abc".</summary>
public sealed record ChatButton(string Label, string Action);
