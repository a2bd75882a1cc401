using System.Text.Json;
using System.Text.Json.Nodes;
using ClipBot.Core.Takes;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// The Remix modal (callback type 9): one paragraph input with the take's prompt, in a Label (type 18) as new
/// modals have it. Its submit carries the same custom id as the button, and the edited text.
/// </summary>
internal static class RemixForm
{
    public const string PromptInput = "prompt";

    /// <summary>The prompt's limit is 1,000 characters; the rest leaves room for flags typed with it.</summary>
    public const int MaxLength = 2000;

    private const int Label = 18;
    private const int TextInput = 4;
    private const int Paragraph = 2;

    public static JsonObject Build(TakeId take, string words) => new()
    {
        ["custom_id"] = TakeButtons.For(TakeButtons.Remix, take),
        ["title"] = $"Remix take {take}",
        ["components"] = new JsonArray(new JsonObject
        {
            ["type"] = Label,
            ["label"] = "Prompt",
            ["description"] = "Change what you like; flags work too, e.g. --camera zoom-in",
            ["component"] = new JsonObject
            {
                ["type"] = TextInput,
                ["custom_id"] = PromptInput,
                ["style"] = Paragraph,
                ["min_length"] = 1,
                ["max_length"] = MaxLength,
                ["required"] = true,
                ["value"] = DiscordText.Fit(words, MaxLength),
            },
        }),
    };

    /// <summary>The submitted prompt, wherever the input sits (in a Label, or a legacy action row); null when absent.</summary>
    public static string? ReadPrompt(JsonElement data)
    {
        switch (data.ValueKind)
        {
            case JsonValueKind.Object:
                if (string.Equals(JsonFields.Text(data, "custom_id"), PromptInput, StringComparison.Ordinal) && JsonFields.Text(data, "value") is { } value)
                {
                    return value;
                }

                return data.EnumerateObject()
                    .Where(p => p.NameEquals("components") || p.NameEquals("component"))
                    .Select(p => ReadPrompt(p.Value))
                    .FirstOrDefault(found => found is not null);
            case JsonValueKind.Array:
                return data.EnumerateArray().Select(ReadPrompt).FirstOrDefault(found => found is not null);
            default:
                return null;
        }
    }
}
