using ClipBot.Core.Reels;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Chat;

/// <summary>
/// The actions buttons carry, and how a click becomes a command. An action is short and versioned
/// ("v1:vote:abcd2345efgh", under Discord's 100-character custom_id limit), so buttons posted before an
/// upgrade keep working or are refused plainly.
/// </summary>
public static class ChatActions
{
    public const string Version = "v1";

    public const int MaxLength = 100;

    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal) { "vote", "pick" };

    public static string Vote(TakeId take) => $"{Version}:vote:{take}";

    public static string Pick(ReelId reel, int slot, TakeId winner, TakeId loser) => $"{Version}:pick:{reel}:{slot}:{winner}:{loser}";

    /// <summary>The command a button click stands for; null for an action this version does not know.</summary>
    public static ChatCommand? ToCommand(string action, ChatUser invoker, ChannelRef channel)
    {
        ArgumentNullException.ThrowIfNull(action);
        var parts = action.Split(':');
        if (action.Length > MaxLength || parts.Length < 3 || parts[0] != Version || !Commands.Contains(parts[1]))
        {
            return null;
        }

        return new ChatCommand(parts[1], string.Join(' ', parts[2..]), invoker, channel);
    }
}
