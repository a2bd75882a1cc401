using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Reels;

public sealed class VoteRulesTests
{
    private static readonly DateTimeOffset Now = TestTakes.Start;

    [Theory]
    [InlineData(ReelPhase.Open)]
    [InlineData(ReelPhase.Voting)]
    public void Check_FinishedTakeOfTheReel_Allowed(ReelPhase phase)
    {
        var reel = TestReels.Create(phase: phase);

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1), TestReels.Voter, Now);

        Assert.Null(refusal);
    }

    [Fact]
    public void Check_TakeOfAnotherReel_RefusedAsNotPartOfTheReel()
    {
        var reel = TestReels.Create();
        var take = TestReels.Take(TestReels.Create(), 1);

        var refusal = VoteRules.Check(reel, take, TestReels.Voter, Now);

        Assert.Equal(new Error(ErrorKind.NotFound, "That take is not part of the reel “Night Drive”."), refusal);
    }

    [Fact]
    public void Check_TakeWithoutSlot_RefusedAsNotPartOfTheReel()
    {
        var reel = TestReels.Create();
        var take = TestReels.Take(reel, 1);
        take = take with { Parameters = take.Parameters with { Slot = null } };

        var refusal = VoteRules.Check(reel, take, TestReels.Voter, Now);

        Assert.Equal(ErrorKind.NotFound, refusal?.Kind);
    }

    [Fact]
    public void Check_SlotTheReelDoesNotHave_RefusedAsNotPartOfTheReel()
    {
        var reel = TestReels.Create(slots: 3);

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 4), TestReels.Voter, Now);

        Assert.Equal(ErrorKind.NotFound, refusal?.Kind);
    }

    [Fact]
    public void Check_LockedReel_RefusedAsClosed()
    {
        var reel = TestReels.Create(phase: ReelPhase.Locked);

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1), TestReels.Voter, Now);

        Assert.Equal(new Error(ErrorKind.Forbidden, "Voting in “Night Drive” is closed: the reel is locked."), refusal);
    }

    [Theory]
    [MemberData(nameof(TestReels.Unfinished), MemberType = typeof(TestReels))]
    public void Check_UnfinishedTake_RefusedUntilPosted(TakeStatus status)
    {
        var reel = TestReels.Create();

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1, status), TestReels.Voter, Now);

        Assert.Equal(Error.Invalid("That take is not finished yet; vote once it is posted."), refusal);
    }

    [Fact]
    public void Check_OwnTakeWithSelfVotesOff_Refused()
    {
        var reel = TestReels.Create();

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1, author: TestReels.Voter), TestReels.Voter, Now);

        Assert.Equal(new Error(ErrorKind.Forbidden, "You cannot vote for your own take in this reel."), refusal);
    }

    [Fact]
    public void Check_OwnTakeWithSelfVotesOn_Allowed()
    {
        var reel = TestReels.Create(rules: new VotingRules(SelfVotes: true));

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1, author: TestReels.Voter), TestReels.Voter, Now);

        Assert.Null(refusal);
    }

    [Fact]
    public void Check_AccountYoungerThanMinimum_RefusedNamingTheMinimum()
    {
        var reel = TestReels.Create(rules: new VotingRules(MinAccountAgeDays: 30));
        var voter = TestReels.Voter with { AccountCreatedAt = Now.AddDays(-29) };

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1), voter, Now);

        Assert.Equal(new Error(ErrorKind.Forbidden, "This reel needs accounts at least 30 days old to vote."), refusal);
    }

    [Fact]
    public void Check_AccountAgeUnknownWithMinimum_RefusedSayingItCannotTell()
    {
        var reel = TestReels.Create(rules: new VotingRules(MinAccountAgeDays: 30));
        var voter = TestReels.Voter with { AccountCreatedAt = null };

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1), voter, Now);

        Assert.Equal(
            new Error(ErrorKind.Forbidden, "This reel needs accounts at least 30 days old, and ClipBot cannot tell how old yours is."),
            refusal);
    }

    [Fact]
    public void Check_AccountExactlyTheMinimumAge_Allowed()
    {
        var reel = TestReels.Create(rules: new VotingRules(MinAccountAgeDays: 30));
        var voter = TestReels.Voter with { AccountCreatedAt = Now.AddDays(-30) };

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1), voter, Now);

        Assert.Null(refusal);
    }

    [Fact]
    public void Check_AccountAgeUnknownWithoutMinimum_Allowed()
    {
        var reel = TestReels.Create();
        var voter = TestReels.Voter with { AccountCreatedAt = null };

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1), voter, Now);

        Assert.Null(refusal);
    }

    [Fact]
    public void Check_RequiredRoleMissing_Refused()
    {
        var reel = TestReels.Create(rules: new VotingRules(RequiredRole: "role-fans"));
        var voter = TestReels.Voter with { Roles = ["role-other"] };

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1), voter, Now);

        Assert.Equal(new Error(ErrorKind.Forbidden, "This reel takes votes only from members with its voter role."), refusal);
    }

    [Fact]
    public void Check_RequiredRoleHeld_Allowed()
    {
        var reel = TestReels.Create(rules: new VotingRules(RequiredRole: "role-fans"));
        var voter = TestReels.Voter with { Roles = ["role-other", "role-fans"] };

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1), voter, Now);

        Assert.Null(refusal);
    }

    [Fact]
    public void Check_AdminVotingForOwnTake_RefusedLikeAnyMember()
    {
        var reel = TestReels.Create();

        var refusal = VoteRules.Check(reel, TestReels.Take(reel, 1, author: TestReels.Admin), TestReels.Admin, Now);

        Assert.Equal(ErrorKind.Forbidden, refusal?.Kind);
    }
}
