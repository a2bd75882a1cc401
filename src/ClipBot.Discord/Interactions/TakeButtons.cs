using ClipBot.Core.Chat;
using ClipBot.Core.Takes;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// The buttons only Discord draws under a posted take, with custom ids versioned like Core's
/// <see cref="ChatActions"/> ("v1:reroll:abcd2345efgh"), well under the 100 characters Discord allows.
/// The Remix modal's id is the button's own.
/// </summary>
internal static class TakeButtons
{
    /// <summary>Queues the take's prompt and settings again with a new seed; anyone may, within their quota.</summary>
    public const string Reroll = "reroll";

    /// <summary>Opens a modal with the prompt to edit; its submit queues the edited prompt with the take's settings.</summary>
    public const string Remix = "remix";

    /// <summary>Takes the post down (the take stays in the Studio); the author or an admin only.</summary>
    public const string Delete = "delete";

    public static string For(string verb, TakeId take) => $"{ChatActions.Version}:{verb}:{take}";

    /// <summary>The verb and take of one of these buttons; false for any other custom id.</summary>
    public static bool TryParse(string customId, out string verb, out TakeId take)
    {
        ArgumentNullException.ThrowIfNull(customId);
        verb = string.Empty;
        take = default;
        var parts = customId.Split(':');
        if (parts.Length != 3 || parts[0] != ChatActions.Version || parts[1] is not (Reroll or Remix or Delete) || !TakeId.TryParse(parts[2], out take))
        {
            return false;
        }

        verb = parts[1];
        return true;
    }
}
