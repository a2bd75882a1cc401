using Microsoft.Extensions.Options;

namespace ClipBot.Host;

internal static class ClipBotStartup
{
    /// <summary>
    /// Runs the app; a bad setting stops the start with one line naming the key, not a stack trace.
    /// Exit code 1 means ClipBot refused to start.
    /// </summary>
    public static async Task<int> RunClipBotAsync(this WebApplication app)
    {
        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException exception)
        {
            await Console.Error.WriteLineAsync("ClipBot cannot start: " + string.Join(" ", exception.Failures));
            return 1;
        }
        catch (InvalidOperationException exception) when (exception.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync("ClipBot cannot start: " + exception.Message);
            return 1;
        }
    }
}
