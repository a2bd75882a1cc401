using ClipBot.Core.Chat;

namespace ClipBot.Core.Tests.Chat;

public sealed class ChatUserTests
{
    [Fact]
    public void Equals_SameRolesInDifferentLists_Equal()
    {
        var first = new ChatUser("u1", "Ana") { Roles = ["fans", "voters"] };
        var second = new ChatUser("u1", "Ana") { Roles = new List<string> { "fans", "voters" } };

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentRoles_NotEqual()
    {
        var first = new ChatUser("u1", "Ana") { Roles = ["fans"] };
        var second = new ChatUser("u1", "Ana") { Roles = ["voters"] };

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Equals_DifferentAccountAge_NotEqual()
    {
        var first = new ChatUser("u1", "Ana") { AccountCreatedAt = DateTimeOffset.UnixEpoch };
        var second = new ChatUser("u1", "Ana");

        Assert.NotEqual(first, second);
    }
}
