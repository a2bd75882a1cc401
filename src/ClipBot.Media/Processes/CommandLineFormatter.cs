using System.Buffers;

namespace ClipBot.Media.Processes;

/// <summary>
/// Renders a command line for logs and errors only, quoted so it can be pasted into a POSIX shell to
/// reproduce a failure. Processes themselves always get an argument list, never this string.
/// </summary>
internal static class CommandLineFormatter
{
    private static readonly SearchValues<char> Plain =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=/.,:@%");

    public static string Format(string fileName, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(arguments);

        return string.Join(' ', arguments.Prepend(fileName).Select(Quote));
    }

    public static string Quote(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (argument.Length > 0 && !argument.AsSpan().ContainsAnyExcept(Plain))
        {
            return argument;
        }

        return "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
