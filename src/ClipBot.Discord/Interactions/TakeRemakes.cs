using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Discord.Commands;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Reroll and Remix make a take again through <c>/clip</c>, so the quota, the reel's phase and its budget apply
/// as to anything typed. A reel take's prompt holds the reel's style and the shot's brief; only the fan's own
/// words are used again, and the reel adds the rest anew.
/// </summary>
internal sealed class TakeRemakes(ITakeStore takes, IReelStore reels)
{
    public const string Gone = "That take is gone; make a new one with `/clip`.";

    /// <summary>The take and its fan's words; null when the take is gone.</summary>
    public async Task<(Take Take, string Words)?> FindAsync(TakeId id, CancellationToken cancellationToken)
    {
        if (await takes.GetAsync(id, cancellationToken) is not { } take)
        {
            return null;
        }

        var words = take.Parameters.Prompt;
        if (take.Reel is { } reelId && await reels.GetAsync(reelId, cancellationToken) is { } reel)
        {
            words = reel.Style.Remove(words, reel.FindSlot(take.Parameters.Slot ?? 0)?.Brief);
        }

        return (take, words);
    }

    /// <summary>The <c>/clip</c> of <paramref name="words"/> with the take's settings, as the clicking member.</summary>
    public static ChatCommand Command(Interaction interaction, Take take, string words, bool keepSeed)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var typed = InlineFlagText.Scan(words).Keys.ToHashSet(StringComparer.Ordinal);
        return new ChatCommand("clip", ClipRecipe.Arguments(take, words, keepSeed, typed), interaction.User, interaction.Channel);
    }
}
