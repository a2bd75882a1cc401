using System.Security.Cryptography;

namespace ClipBot.Core.Takes;

/// <summary>The id of one take: 12 lowercase base-32 characters, safe in URLs, file names and chat.</summary>
public readonly record struct TakeId(string Value)
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    private const int Length = 12;

    public static TakeId New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new TakeId(new string(chars));
    }

    /// <summary>Accepts only ids this type could have made, so a take id can never smuggle a path or a key.</summary>
    public static bool TryParse(string? text, out TakeId id)
    {
        id = default;
        if (text is null || text.Length != Length)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        id = new TakeId(text);
        return true;
    }

    public override string ToString() => Value;
}
