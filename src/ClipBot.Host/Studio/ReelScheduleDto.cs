namespace ClipBot.Host.Studio;

/// <summary>The phase the bot moves a reel on to by itself, and when.</summary>
internal sealed record ReelScheduleDto(string Next, DateTimeOffset At);
