using System.Text.Json;

namespace ClipBot.Discord.Rest;

/// <summary>
/// Discord's error body, <c>{"code": 50035, "message": "...", "errors": {...}}</c> (D0). For an invalid form
/// it also names the first field Discord found wrong (e.g. <c>components.0.components.0.custom_id</c>) and
/// that field's error, for the log only.
/// </summary>
internal sealed record DiscordErrorBody(int? Code, string? Message, string? FieldPath, string? FieldError)
{
    private static readonly DiscordErrorBody None = new(null, null, null, null);

    // Deeper than any form ClipBot sends; a bound so an odd body can't walk forever.
    private const int MaxDepth = 16;

    /// <summary>Reads what it can; a body that is not Discord's JSON (Cloudflare's HTML, nothing) gives nulls.</summary>
    public static DiscordErrorBody Parse(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty)
        {
            return None;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return None;
            }

            int? code = root.TryGetProperty("code", out var codeElement) && codeElement.TryGetInt32(out var number) ? number : null;
            var message = root.TryGetProperty("message", out var messageElement) && messageElement.ValueKind == JsonValueKind.String
                ? messageElement.GetString()
                : null;
            var path = new List<string>();
            string? fieldError = null;
            var found = root.TryGetProperty("errors", out var errors) && FindFirstError(errors, path, 0, out fieldError);
            return new(code, message, found ? string.Join('.', path) : null, fieldError);
        }
        catch (JsonException)
        {
            return None;
        }
    }

    // Discord nests field errors by path and puts them in "_errors" arrays: {"content": {"_errors": [{"code", "message"}]}}.
    private static bool FindFirstError(JsonElement node, List<string> path, int depth, out string? error)
    {
        error = null;
        if (node.ValueKind != JsonValueKind.Object || depth > MaxDepth)
        {
            return false;
        }

        if (node.TryGetProperty("_errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            error = first.ValueKind == JsonValueKind.Object
                ? $"{Text(first, "code")}: {Text(first, "message")}"
                : first.ToString();
            return true;
        }

        foreach (var property in node.EnumerateObject())
        {
            path.Add(property.Name);
            if (FindFirstError(property.Value, path, depth + 1, out error))
            {
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
