using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClipBot.Core.Cuts;

namespace ClipBot.Media.Cut;

/// <summary>Turns everything a cached piece depends on into a short file name.</summary>
internal static class CacheKey
{
    public static string Hash(params object?[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var text = string.Join('\u001f', parts.Select(part => Convert.ToString(part, CultureInfo.InvariantCulture) ?? string.Empty));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary>A file's identity for a cache key: a take ingested again under the same name is another take.</summary>
    public static string Stamp(string path)
    {
        var file = new FileInfo(path);
        return string.Create(CultureInfo.InvariantCulture, $"{file.Length}:{file.LastWriteTimeUtc.Ticks}");
    }

    /// <summary>
    /// What a shot's frames are, for the key of a piece made from them: a take's id and its file's stamp,
    /// or a card's file name. A card's name is the hash of everything on it; its stamp would not do, as
    /// every cut that plays a cached piece touches it.
    /// </summary>
    public static string Source(CutShot shot, string path)
    {
        ArgumentNullException.ThrowIfNull(shot);
        return shot.IsCard ? "card:" + Path.GetFileNameWithoutExtension(path) : $"take:{shot.TakeId}\u001f{Stamp(path)}";
    }
}
