using System.Globalization;
using ClipBot.Core.Chat;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>Whether a member may vote for a take of a reel now; every refusal says why in plain words.</summary>
public static class VoteRules
{
    public static Error? Check(Reel reel, Take take, ChatUser voter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reel);
        ArgumentNullException.ThrowIfNull(take);
        ArgumentNullException.ThrowIfNull(voter);

        if (take.Reel != reel.Id || take.Parameters.Slot is not { } slot || reel.FindSlot(slot) is null)
        {
            return new Error(ErrorKind.NotFound, $"That take is not part of the reel \u201C{reel.Name}\u201D.");
        }

        if (reel.Phase == ReelPhase.Locked)
        {
            return new Error(ErrorKind.Forbidden, $"Voting in \u201C{reel.Name}\u201D is closed: the reel is locked.");
        }

        if (take.Status is not (TakeStatus.Ready or TakeStatus.Posted))
        {
            return Error.Invalid("That take is not finished yet; vote once it is posted.");
        }

        var rules = reel.Rules;
        if (!rules.SelfVotes && string.Equals(take.Author.Id, voter.Id, StringComparison.Ordinal))
        {
            return new Error(ErrorKind.Forbidden, "You cannot vote for your own take in this reel.");
        }

        if (rules.MinAccountAgeDays > 0)
        {
            if (voter.AccountCreatedAt is not { } created)
            {
                return new Error(ErrorKind.Forbidden, Say($"This reel needs accounts at least {rules.MinAccountAgeDays} days old, and ClipBot cannot tell how old yours is."));
            }

            if (now - created < TimeSpan.FromDays(rules.MinAccountAgeDays))
            {
                return new Error(ErrorKind.Forbidden, Say($"This reel needs accounts at least {rules.MinAccountAgeDays} days old to vote."));
            }
        }

        if (rules.RequiredRole is { } role && !voter.Roles.Contains(role, StringComparer.Ordinal))
        {
            return new Error(ErrorKind.Forbidden, "This reel takes votes only from members with its voter role.");
        }

        return null;
    }

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
