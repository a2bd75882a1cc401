using System.Text;
using ClipBot.Discord.Http;
using ClipBot.Discord.Tests.Interactions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Discord.Tests.Http;

/// <summary>The F-D1 vector: RFC 8032's first test key, signing timestamp + body.</summary>
public sealed class InteractionSignatureTests
{
    public const string Timestamp = "1700000000";

    public const string Body =
        """{"application_id":"123456789012345678","id":"987654321098765432","token":"A_UNIQUE_TOKEN","type":1,"user":{"id":"53908232506183680","username":"Mason"},"version":1}""";

    public const string Signature =
        "7b80f9132f6884b661c369908ab5ad71eec0b3451ec6c863ddd563ca5bd9567728dbba13915059ba8a9aba39ec7d87d101486909d9e5cf3dba5730ff2761870f";

    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_030));

    [Fact]
    public void Check_ReferenceVector_Valid()
    {
        var check = Signatures().Check(Signature, Timestamp, Encoding.UTF8.GetBytes(Body));

        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Fact]
    public void Check_OneByteOfTheBodyChanged_Invalid()
    {
        var check = Signatures().Check(Signature, Timestamp, Encoding.UTF8.GetBytes(Body + " "));

        Assert.Equal(SignatureCheck.Invalid, check);
    }

    [Fact]
    public void Check_OtherTimestampInTheWindow_Invalid()
    {
        var check = Signatures().Check(Signature, "1700000001", Encoding.UTF8.GetBytes(Body));

        Assert.Equal(SignatureCheck.Invalid, check);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    public void Check_TimestampOverFiveMinutesAway_Stale(int seconds)
    {
        var now = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 + seconds));

        var check = Signatures(now).Check(Signature, Timestamp, Encoding.UTF8.GetBytes(Body));

        Assert.Equal(SignatureCheck.Stale, check);
    }

    [Theory]
    [InlineData(null, Timestamp, nameof(SignatureCheck.Missing))]
    [InlineData(Signature, null, nameof(SignatureCheck.Missing))]
    [InlineData("zz", Timestamp, nameof(SignatureCheck.Invalid))]
    [InlineData("7b80", Timestamp, nameof(SignatureCheck.Invalid))]
    [InlineData(Signature, "soon", nameof(SignatureCheck.Stale))]
    [InlineData(Signature, "99999999999999999", nameof(SignatureCheck.Stale))]
    public void Check_MalformedHeaders_Refused(string? signature, string? timestamp, string expected)
    {
        var check = Signatures().Check(signature, timestamp, Encoding.UTF8.GetBytes(Body));

        Assert.Equal(expected, check.ToString());
    }

    [Theory]
    [InlineData(InteractionHarness.PublicKey, true)]
    [InlineData("", false)]
    [InlineData("d75a98", false)]
    [InlineData("g75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", false)]
    public void IsPublicKey_Text_OnlyA32ByteKeyInHex(string text, bool valid)
    {
        Assert.Equal(valid, InteractionSignature.IsPublicKey(text));
    }

    private InteractionSignature Signatures(TimeProvider? time = null) =>
        new(Options.Create(new DiscordOptions { PublicKey = InteractionHarness.PublicKey }), time ?? _time);
}
