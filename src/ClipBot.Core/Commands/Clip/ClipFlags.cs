namespace ClipBot.Core.Commands.Clip;

/// <summary>The inline flags of /clip and the help text each refusal quotes.</summary>
internal static class ClipFlags
{
    public const string Aspect = "ar";
    public const string Seed = "seed";
    public const string Negative = "neg";
    public const string Camera = "camera";
    public const string Motion = "motion";
    public const string Duration = "duration";
    public const string Slot = "slot";
    public const string Style = "style";

    public const int MaxNegativeLength = 500;
    public const int MaxStyleLength = 32;
    public const int MaxSlot = 500;

    public static IReadOnlyList<string> All { get; } = [Aspect, Seed, Negative, Camera, Motion, Duration, Slot, Style];

    public static string AllowedList => string.Join(", ", All.Select(f => "--" + f));
}
