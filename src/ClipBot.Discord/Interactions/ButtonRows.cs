using System.Text.Json.Nodes;
using ClipBot.Core.Chat;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Renders buttons as Discord's legacy components (reference D6): action rows of at most 5 buttons, at most
/// 5 rows, labels of at most 80 characters, custom ids of 1 to 100 characters and unique in the message.
/// A button that cannot be drawn within that is left out rather than breaking the whole message.
/// </summary>
internal static class ButtonRows
{
    public const int MaxButtonsPerRow = 5;
    public const int MaxRows = 5;
    public const int MaxLabelLength = 80;
    public const int MaxCustomIdLength = 100;

    private const int ActionRow = 1;
    private const int Button = 2;

    private const int Primary = 1;
    private const int Secondary = 2;
    private const int Danger = 4;

    public static JsonArray Render(IEnumerable<ChatButton> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var drawable = buttons
            .Where(b => b.Action.Length is > 0 and <= MaxCustomIdLength)
            .DistinctBy(b => b.Action, StringComparer.Ordinal)
            .Take(MaxButtonsPerRow * MaxRows);
        var rows = new JsonArray();
        foreach (var row in drawable.Chunk(MaxButtonsPerRow))
        {
            var components = new JsonArray();
            foreach (var button in row)
            {
                components.Add(new JsonObject
                {
                    ["type"] = Button,
                    ["style"] = StyleOf(button.Action),
                    ["label"] = DiscordText.Fit(button.Label.Length == 0 ? "…" : button.Label, MaxLabelLength),
                    ["custom_id"] = button.Action,
                });
            }

            rows.Add(new JsonObject { ["type"] = ActionRow, ["components"] = components });
        }

        return rows;
    }

    // The verb of a versioned action ("v1:vote:…") decides the colour: choosing is primary, deleting is danger.
    private static int StyleOf(string action) => action.Split(':') switch
    {
        [_, "vote" or "pick", ..] => Primary,
        [_, "delete", ..] => Danger,
        _ => Secondary,
    };
}
