namespace ClipBot.Host.Studio;

/// <summary>The body of POST /api/actions: a button's action, e.g. "v1:vote:abcd2345efgh", and who clicked it.</summary>
internal sealed record ActionRequest(string? Action, string? User);
