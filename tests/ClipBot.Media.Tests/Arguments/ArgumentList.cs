namespace ClipBot.Media.Tests.Arguments;

/// <summary>Reads flags and their values out of an ffmpeg argument list.</summary>
internal static class ArgumentList
{
    public static int IndexOf(IReadOnlyList<string> arguments, string flag) => arguments.ToList().IndexOf(flag);

    public static string After(IReadOnlyList<string> arguments, string flag)
    {
        var index = IndexOf(arguments, flag);
        Assert.True(index >= 0, $"{flag} is missing");
        return arguments[index + 1];
    }

    /// <summary>Every value of a flag that occurs once per output, in order.</summary>
    public static string[] AllAfter(IReadOnlyList<string> arguments, string flag) =>
        arguments.Select((argument, index) => (argument, index))
            .Where(pair => pair.argument == flag && pair.index + 1 < arguments.Count)
            .Select(pair => arguments[pair.index + 1])
            .ToArray();
}
