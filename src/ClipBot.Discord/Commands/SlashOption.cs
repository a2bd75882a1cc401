namespace ClipBot.Discord.Commands;

/// <summary>One option of a slash command, and how its value becomes part of the command's text.</summary>
internal sealed record SlashOption(string Name, string Description, OptionType Type)
{
    public bool Required { get; init; }

    public OptionRole Role { get; init; } = OptionRole.Words;

    /// <summary>The inline flag the option stands for, e.g. "ar" for <c>aspect</c>; only with <see cref="OptionRole.Flag"/>.</summary>
    public string? Flag { get; init; }

    /// <summary>The only values allowed (string options); Discord shows them as a list.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    public double? MinValue { get; init; }

    public double? MaxValue { get; init; }
}
