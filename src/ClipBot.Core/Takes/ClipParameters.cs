namespace ClipBot.Core.Takes;

/// <summary>What a fan asked for: the prompt and every flag, already validated by the parser.</summary>
public sealed record ClipParameters
{
    public const int MaxPromptLength = 1000;
    public const int MinDurationSeconds = 1;
    public const int MaxDurationSeconds = 10;
    public const int DefaultDurationSeconds = 4;
    public const int MaxMotion = 4;
    public const int DefaultMotion = 2;

    public required string Prompt { get; init; }
    public AspectRatio Aspect { get; init; } = AspectRatio.Landscape16x9;
    public required uint Seed { get; init; }
    public string? Negative { get; init; }
    public CameraMove Camera { get; init; } = CameraMove.Static;
    public int Motion { get; init; } = DefaultMotion;
    public int DurationSeconds { get; init; } = DefaultDurationSeconds;
    public int? Slot { get; init; }
    public string? Style { get; init; }
}
