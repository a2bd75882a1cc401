namespace ClipBot.Host.Tests.Infrastructure;

/// <summary>Reads GET /api/events the way a browser's EventSource does: one named event at a time.</summary>
public static class ServerSentEvents
{
    public static async Task<(string Name, string Data)> ReadEventAsync(this StreamReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string name = "message", data = "";
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0 && data.Length > 0)
            {
                return (name, data);
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data += line["data: ".Length..];
            }
        }

        throw new EndOfStreamException("The event stream ended.");
    }
}
