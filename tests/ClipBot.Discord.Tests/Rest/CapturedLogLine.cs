using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Tests.Rest;

internal sealed record CapturedLogLine(string Category, LogLevel Level, int EventId, string Text);
