using System.Security.Cryptography;

namespace ClipBot.Core.Takes;

/// <summary>
/// The random ids of takes and reels: lowercase base-32 without look-alike characters, safe in URLs, file
/// names, Redis keys and chat, and easy to type.
/// </summary>
internal static class ShortId
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    public static string New(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>Whether the text is an id of this length that <see cref="New"/> could have made.</summary>
    public static bool IsValid(string? text, int length) =>
        text is not null && text.Length == length && text.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
