using ClipBot.Core.Chat;
using ClipBot.Core.Media;
using ClipBot.Core.Notifications;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;
using ClipBot.Discord.Rest;
using ClipBot.Discord.Tests.Interactions;
using Moq;

namespace ClipBot.Discord.Tests.Notifications;

public sealed class DiscordTakeNotifierTests : HarnessTests
{
    protected override Dictionary<string, string?> Settings => new() { ["Discord:StudioBaseUrl"] = "https://clipbot.example.com/" };

    [Fact]
    public async Task PostAsync_VideoWithinTheLimit_NewChannelMessageWithVideoPosterSeedButtonsAndMention()
    {
        var take = WithFiles(DiscordTakes.Posted(), videoBytes: 2000);

        var posted = await Notifier.PostAsync(take, CancellationToken.None);

        Assert.True(posted.IsSuccess);
        var call = Assert.Single(Harness.Rest.Calls);
        Assert.Equal((nameof(IDiscordRest.CreateMessageAsync), InteractionPayloads.ChannelId), (call.Name, call.Target));
        var message = call.Message!;
        Assert.Equal([$"take-{take.Id}.mp4", $"take-{take.Id}.jpg"], message.Files.Select(f => f.FileName));
        Assert.Equal([2000L, 10L], call.FileBytes);
        Assert.Equal([InteractionPayloads.FanId], message.MentionUserIds);
        Assert.Contains($"<@{InteractionPayloads.FanId}>", message.Content, StringComparison.Ordinal);
        Assert.Contains("9:16 · 6 s · seed 7 · camera zoom-in · motion 2 · avoiding “blurry, text”", message.Content, StringComparison.Ordinal);
        Assert.Equal(["v1:reroll:" + take.Id, "v1:remix:" + take.Id, "v1:delete:" + take.Id], CustomIds(message));
        Assert.False(message.Ephemeral);
    }

    [Theory]
    [InlineData(ReelPhase.Open, true)]
    [InlineData(ReelPhase.Voting, true)]
    [InlineData(ReelPhase.Locked, false)]
    public async Task PostAsync_ReelTake_VoteButtonWhileTheReelIsNotLocked(ReelPhase phase, bool vote)
    {
        var reel = Reel(phase);
        Harness.Reels.Setup(r => r.GetAsync(reel.Id, It.IsAny<CancellationToken>())).ReturnsAsync(reel);
        var take = WithFiles(DiscordTakes.Posted(reel: reel.Id, slot: 1), videoBytes: 100);

        await Notifier.PostAsync(take, CancellationToken.None);

        var message = Harness.Rest.Calls.Single().Message!;
        Assert.Equal(vote, CustomIds(message).Contains(ChatActions.Vote(take.Id)));
        Assert.Contains("for shot 1 of “Night Drive”", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_VideoOverTheChannelsLimit_EncodedToFitAndTheCopyDeletedAfter()
    {
        var take = WithFiles(DiscordTakes.Posted() with { UploadLimitBytes = 1000 }, videoBytes: 5000);
        string? fitted = null;
        Harness.Encoder.Setup(e => e.FitAsync(It.IsAny<string>(), 1000, It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, long, string, CancellationToken>((_, _, output, _) =>
            {
                fitted = output;
                File.WriteAllBytes(output, new byte[900]);
            })
            .ReturnsAsync(Result<long>.Success(900));

        await Notifier.PostAsync(take, CancellationToken.None);

        var call = Harness.Rest.Calls.Single();
        Assert.Equal([900L, 10L], call.FileBytes);
        Assert.Equal($"take-{take.Id}.mp4", call.Message!.Files[0].FileName);
        Assert.False(File.Exists(fitted));
    }

    [Fact]
    public async Task PostAsync_DeliveryRenditionFits_UsedWithoutEncoding()
    {
        var take = WithFiles(DiscordTakes.Posted() with { UploadLimitBytes = 1000 }, videoBytes: 5000, deliveryBytes: 800);

        await Notifier.PostAsync(take, CancellationToken.None);

        Assert.Equal([800L, 10L], Harness.Rest.Calls.Single().FileBytes);
        Harness.Encoder.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task PostAsync_VideoCannotFit_PosterAndALinkToTheStudio()
    {
        var take = WithFiles(DiscordTakes.Posted() with { UploadLimitBytes = 1000 }, videoBytes: 5000);
        Harness.Encoder.Setup(e => e.FitAsync(It.IsAny<string>(), It.IsAny<long>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Error.Invalid("Even the lowest rate cannot fit."));

        await Notifier.PostAsync(take, CancellationToken.None);

        var message = Harness.Rest.Calls.Single().Message!;
        Assert.Equal([$"take-{take.Id}.jpg"], message.Files.Select(f => f.FileName));
        Assert.EndsWith($"The video is too big to post here; watch it at https://clipbot.example.com/media/{take.Id}.mp4", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostAsync_DiscordRefuses_TheErrorForTheRunner()
    {
        var take = WithFiles(DiscordTakes.Posted(), videoBytes: 100);
        Harness.Rest.Failures[nameof(IDiscordRest.CreateMessageAsync)] = new Error(ErrorKind.Forbidden, "ClipBot lacks a permission it needs in this channel.");

        var posted = await Notifier.PostAsync(take, CancellationToken.None);

        Assert.Equal(ErrorKind.Forbidden, posted.Error!.Kind);
    }

    [Fact]
    public async Task PostAsync_LongPrompt_ContentWithinTwoThousandCharacters()
    {
        var take = WithFiles(DiscordTakes.Posted(parameters: new ClipParameters { Prompt = new string('p', 1000), Seed = 1, Negative = new string('n', 500) }), videoBytes: 100);

        await Notifier.PostAsync(take, CancellationToken.None);

        Assert.True(Harness.Rest.Calls.Single().Message!.Content!.Length <= 2000);
    }

    private ITakeNotifier Notifier => Harness.Get<IEnumerable<ITakeNotifier>>().Single(n => n.Platform == "discord");

    private static List<string> CustomIds(DiscordMessage message) =>
        [.. message.Components!.SelectMany(row => row!["components"]!.AsArray()).Select(b => (string)b!["custom_id"]!)];

    private Take WithFiles(Take take, int videoBytes, int? deliveryBytes = null)
    {
        var media = Path.Combine(Harness.DataPath, "media");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, $"{take.Id}.mp4"), new byte[videoBytes]);
        File.WriteAllBytes(Path.Combine(media, $"{take.Id}.jpg"), new byte[10]);
        if (deliveryBytes is { } bytes)
        {
            File.WriteAllBytes(Path.Combine(media, $"{take.Id}.delivery.mp4"), new byte[bytes]);
        }

        return take with
        {
            Artifacts = new TakeArtifacts($"{take.Id}.mp4", $"{take.Id}.jpg", 720, 1280, 6, videoBytes, DeliveryFile: deliveryBytes is null ? null : $"{take.Id}.delivery.mp4"),
        };
    }

    private static Reel Reel(ReelPhase phase) => new()
    {
        Id = ReelId.New(),
        Name = "Night Drive",
        Canvas = Canvas.For(AspectRatio.Landscape16x9),
        Slots = [new Slot(1, 0, 4)],
        Channels = [new ChannelRef("discord", InteractionPayloads.ChannelId)],
        CreatedBy = new ChatUser("discord:1", "Mason", IsAdmin: true),
        CreatedAt = DateTimeOffset.UnixEpoch,
        Phase = phase,
    };
}
