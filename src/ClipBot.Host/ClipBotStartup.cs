using System.Text.RegularExpressions;
using ClipBot.Core.Hosting;
using ClipBot.Host.Cli;
using Microsoft.Extensions.Options;

namespace ClipBot.Host;

internal static partial class ClipBotStartup
{
    /// <summary>
    /// Runs the app, or the verb the arguments name (<see cref="ClipBotCli"/>) without starting it; a bad setting
    /// stops either with one line naming the key, not a stack trace. Exit code 1 means ClipBot refused to start.
    /// </summary>
    public static async Task<int> RunClipBotAsync(this WebApplication app, string[] args)
    {
        try
        {
            if (ClipBotCli.IsVerb(args))
            {
                return await ClipBotCli.RunAsync(app.Services, args, Console.Out, Console.Error, app.Lifetime.ApplicationStopping);
            }

            await app.RunAsync();
            return 0;
        }
        catch (OptionsValidationException exception)
        {
            await Console.Error.WriteLineAsync("ClipBot cannot start: " + Describe([exception]));
            return 1;
        }
        catch (AggregateException exception) when (exception.Flatten().InnerExceptions.All(e => e is OptionsValidationException))
        {
            // Several options failed at once (or one failed for each options class that reads it).
            await Console.Error.WriteLineAsync("ClipBot cannot start: " + Describe(exception.Flatten().InnerExceptions.Cast<OptionsValidationException>()));
            return 1;
        }
        catch (StartupException exception)
        {
            await Console.Error.WriteLineAsync("ClipBot cannot start: " + exception.Message);
            return 1;
        }
        catch (InvalidOperationException exception) when (exception.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync("ClipBot cannot start: " + exception.Message);
            return 1;
        }
    }

    private static string Describe(IEnumerable<OptionsValidationException> exceptions) =>
        string.Join(" ", exceptions.SelectMany(e => e.Failures).Select(Plain).Distinct(StringComparer.Ordinal));

    // Our validation messages already name the key; the framework's wrapper around them only adds noise.
    private static string Plain(string failure)
    {
        var match = DataAnnotationFailure().Match(failure);
        return match.Success ? match.Groups[1].Value : failure;
    }

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']+' members: '[^']+' with the error: '(.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
