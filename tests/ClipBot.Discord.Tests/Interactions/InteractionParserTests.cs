using System.Text.Json;
using System.Text.Json.Nodes;
using ClipBot.Core.Chat;
using ClipBot.Discord.Interactions;
using ClipBot.Discord.Tests.Fakes;

namespace ClipBot.Discord.Tests.Interactions;

public sealed class InteractionParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    // F-D4 to the letter: the documented slash command interaction, as received.
    private const string ReferenceSlashCommand = FakeDiscordGateway.SlashCommandInteraction;

    [Fact]
    public void Parse_ReferenceSlashCommand_MemberChannelAndCommand()
    {
        using var document = JsonDocument.Parse(ReferenceSlashCommand);

        var parsed = InteractionParser.Parse(document.RootElement, [], Now);

        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        var interaction = parsed.Value;
        Assert.Equal("786008729715212338", interaction.Id);
        Assert.Equal("A_UNIQUE_TOKEN", interaction.Token);
        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("cardsearch", interaction.Name);
        Assert.Equal(new ChannelRef("discord", "645027906669510667"), interaction.Channel);
        Assert.Equal("discord:53908232506183680", interaction.User.Id);
        Assert.Equal("Mason", interaction.User.DisplayName);
        Assert.Equal(["539082325061836999"], interaction.User.Roles);
        Assert.Equal("290926798626357999", interaction.GuildId);
    }

    [Fact]
    public void Parse_ReferenceSlashCommand_AccountAgeFromTheUsersSnowflake()
    {
        using var document = JsonDocument.Parse(ReferenceSlashCommand);

        var user = InteractionParser.Parse(document.RootElement, [], Now).Value!.User;

        // 53908232506183680 >> 22 = 12852724196 ms after 2015-01-01: the account dates from 2015-05-29.
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(12_852_724_196 + 1_420_070_400_000), user.AccountCreatedAt);
    }

    [Fact]
    public void Parse_DirectMessage_UserFromTheTopLevelUser()
    {
        var payload = Payload();
        payload.Remove("member");
        payload["user"] = new JsonObject { ["id"] = "81384788765712384", ["username"] = "dm-fan", ["global_name"] = "Dee" };

        var user = Parse(payload).User;

        Assert.Equal("discord:81384788765712384", user.Id);
        Assert.Equal("Dee", user.DisplayName);
        Assert.False(user.IsAdmin);
        Assert.Empty(user.Roles);
    }

    [Theory]
    [InlineData("2147483647", true)]
    [InlineData("32", true)]
    [InlineData("40", true)]
    [InlineData("31", false)]
    [InlineData("1024", false)]
    [InlineData("not a number", false)]
    public void Parse_MemberPermissions_AdminWithTheManageGuildBit(string permissions, bool admin)
    {
        var payload = Payload();
        payload["member"]!["permissions"] = permissions;

        var user = Parse(payload).User;

        Assert.Equal(admin, user.IsAdmin);
    }

    [Fact]
    public void Parse_PermissionsBeyond32Bits_StillReadsTheBit()
    {
        var payload = Payload();
        payload["member"]!["permissions"] = ((1UL << 51) | (1UL << 5)).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var user = Parse(payload).User;

        Assert.True(user.IsAdmin);
    }

    [Fact]
    public void Parse_ConfiguredAdminRole_AdminWithoutManageGuild()
    {
        var payload = Payload();
        payload["member"]!["permissions"] = "1024";

        using var document = JsonDocument.Parse(payload.ToJsonString());
        var user = InteractionParser.Parse(document.RootElement, ["539082325061836999"], Now).Value!.User;

        Assert.True(user.IsAdmin);
    }

    [Fact]
    public void Parse_Nickname_ShownBeforeTheUserName()
    {
        var payload = Payload();
        payload["member"]!["nick"] = "Mase";

        var user = Parse(payload).User;

        Assert.Equal("Mase", user.DisplayName);
    }

    [Fact]
    public void Parse_AttachmentSizeLimit_TheUploadLimit()
    {
        var payload = Payload();
        payload["attachment_size_limit"] = 26_214_400;

        var interaction = Parse(payload);

        Assert.Equal(26_214_400, interaction.UploadLimitBytes);
    }

    [Fact]
    public void Parse_NoAttachmentSizeLimit_TenMebibytes()
    {
        var interaction = Parse(Payload());

        Assert.Equal(10L * 1024 * 1024, interaction.UploadLimitBytes);
    }

    [Fact]
    public void Parse_ChannelOnlyAsObject_ItsId()
    {
        var payload = Payload();
        payload.Remove("channel_id");
        payload["channel"] = new JsonObject { ["id"] = "345626669114982999", ["type"] = 0 };

        var interaction = Parse(payload);

        Assert.Equal("345626669114982999", interaction.Channel.ChannelId);
    }

    [Theory]
    [InlineData("token")]
    [InlineData("id")]
    [InlineData("type")]
    [InlineData("member")]
    [InlineData("channel_id")]
    public void Parse_EssentialFieldMissing_Refused(string field)
    {
        var payload = Payload();
        payload.Remove(field);

        using var document = JsonDocument.Parse(payload.ToJsonString());
        var parsed = InteractionParser.Parse(document.RootElement, [], Now);

        Assert.False(parsed.IsSuccess);
    }

    [Fact]
    public void Parse_DataOutlivesTheDocument_StillReadable()
    {
        Interaction interaction;
        using (var document = JsonDocument.Parse(ReferenceSlashCommand))
        {
            interaction = InteractionParser.Parse(document.RootElement, [], Now).Value!;
        }

        Assert.Equal("cardsearch", interaction.Name);
        Assert.Equal(Now + Interaction.TokenLifetime, interaction.TokenExpiresAt);
    }

    private static JsonObject Payload() => (JsonObject)JsonNode.Parse(ReferenceSlashCommand)!;

    private static Interaction Parse(JsonObject payload)
    {
        using var document = JsonDocument.Parse(payload.ToJsonString());
        var parsed = InteractionParser.Parse(document.RootElement, [], Now);
        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        return parsed.Value;
    }
}
