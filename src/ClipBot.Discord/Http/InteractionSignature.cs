using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace ClipBot.Discord.Http;

/// <summary>
/// Checks an HTTP interaction before anything reads it (reference D2): Ed25519 over UTF-8(timestamp + raw
/// body) with the application's public key, and a timestamp within five minutes of now either way, so a
/// recorded request cannot be played back later.
/// </summary>
internal sealed class InteractionSignature(IOptions<DiscordOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const int SignatureBytes = 64;

    private readonly Lazy<PublicKey?> _key = new(() => Import(options.Value.PublicKey));

    public SignatureCheck Check(string? signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_key.Value is not { } key || string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp))
        {
            return SignatureCheck.Missing;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Window)
        {
            return SignatureCheck.Stale;
        }

        Span<byte> signed = stackalloc byte[SignatureBytes];
        if (Convert.FromHexString(signature, signed, out _, out var written) != OperationStatus.Done || written != SignatureBytes)
        {
            return SignatureCheck.Invalid;
        }

        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var prefix = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(prefix));
        return SignatureAlgorithm.Ed25519.Verify(key, message, signed) ? SignatureCheck.Valid : SignatureCheck.Invalid;
    }

    /// <summary>Whether the text is a raw Ed25519 public key in hex, as the developer portal shows it.</summary>
    public static bool IsPublicKey(string? hex) => Import(hex) is not null;

    private static PublicKey? Import(string? hex)
    {
        if (string.IsNullOrWhiteSpace(hex) || hex.Length != 64)
        {
            return null;
        }

        Span<byte> raw = stackalloc byte[32];
        return Convert.FromHexString(hex, raw, out _, out var written) == OperationStatus.Done && written == raw.Length
            && PublicKey.TryImport(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey, out var key)
            ? key
            : null;
    }
}
