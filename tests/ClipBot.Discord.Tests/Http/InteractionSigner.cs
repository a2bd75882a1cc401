using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using NSec.Cryptography;

namespace ClipBot.Discord.Tests.Http;

/// <summary>Signs interactions as Discord does, with F-D1's key (RFC 8032's first test key; its seed is public).</summary>
internal static class InteractionSigner
{
    public const string PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private const string SecretSeed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    public static string Sign(string timestamp, string body)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(SecretSeed), KeyBlobFormat.RawPrivateKey);
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body)));
    }

    /// <summary>The POST Discord sends: the body with its timestamp and signature headers (either left out when null).</summary>
    public static HttpRequestMessage Request(string body, string? timestamp, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions")
        {
            Content = new StringContent(body, new MediaTypeHeaderValue("application/json")),
        };
        if (timestamp is not null)
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        if (signature is not null)
        {
            request.Headers.Add("X-Signature-Ed25519", signature);
        }

        return request;
    }

    /// <summary>A request signed now by <paramref name="time"/>'s clock.</summary>
    public static HttpRequestMessage Signed(string body, TimeProvider time)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return Request(body, timestamp, Sign(timestamp, body));
    }
}
