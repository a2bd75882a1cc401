namespace ClipBot.Core.Takes;

/// <summary>The id of one take: 12 lowercase base-32 characters, safe in URLs, file names and chat.</summary>
public readonly record struct TakeId(string Value)
{
    private const int Length = 12;

    public static TakeId New() => new(ShortId.New(Length));

    /// <summary>Accepts only ids this type could have made, so a take id can never smuggle a path or a key.</summary>
    public static bool TryParse(string? text, out TakeId id)
    {
        id = ShortId.IsValid(text, Length) ? new TakeId(text!) : default;
        return id.Value is not null;
    }

    public override string ToString() => Value;
}
