namespace ClipBot.Discord.Http;

/// <summary>What the check of an HTTP interaction's signature found; anything but <see cref="Valid"/> is a 401.</summary>
internal enum SignatureCheck
{
    Valid,
    Missing,
    Stale,
    Invalid,
}
