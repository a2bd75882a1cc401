using System.Security.Cryptography;

namespace ClipBot.Core.Reels;

/// <summary>The id of one reel: 8 lowercase base-32 characters, short enough to type in <c>/reel link</c>.</summary>
public readonly record struct ReelId(string Value)
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int Length = 8;

    public static ReelId New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new ReelId(new string(chars));
    }

    /// <summary>Accepts only ids this type could have made, so a reel id can never smuggle a path or a key.</summary>
    public static bool TryParse(string? text, out ReelId id)
    {
        id = default;
        if (text is null || text.Length != Length || !text.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        id = new ReelId(text);
        return true;
    }

    public override string ToString() => Value;
}
