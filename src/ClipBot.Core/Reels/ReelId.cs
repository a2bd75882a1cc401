using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>The id of one reel: 8 lowercase base-32 characters, short enough to type in <c>/reel link</c>.</summary>
public readonly record struct ReelId(string Value)
{
    private const int Length = 8;

    public static ReelId New() => new(ShortId.New(Length));

    /// <summary>Accepts only ids this type could have made, so a reel id can never smuggle a path or a key.</summary>
    public static bool TryParse(string? text, out ReelId id)
    {
        id = ShortId.IsValid(text, Length) ? new ReelId(text!) : default;
        return id.Value is not null;
    }

    public override string ToString() => Value;
}
