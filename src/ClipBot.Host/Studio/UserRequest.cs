namespace ClipBot.Host.Studio;

/// <summary>The body of a reel action that needs nothing but who asks, such as POST /api/reels/{id}/cut; optional.</summary>
internal sealed record UserRequest(string? User);
