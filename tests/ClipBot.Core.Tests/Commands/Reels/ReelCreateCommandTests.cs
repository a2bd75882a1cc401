using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Commands.Reels;
using ClipBot.Core.Media;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Songs;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Reels;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed partial class ReelCreateCommandTests
{
    private const string Upload = "/tmp/uploads/song.mp3";

    private readonly ReelHarness _harness = new();
    private readonly Mock<ISongLibrary> _songs = new();

    [Fact]
    public async Task HandleAsync_SilentReelWithShots_StoresTheReelWithThoseSlots()
    {
        var outcome = await CreateAsync("Night Drive --shots 4,4,2");

        var reel = await CreatedReelAsync(outcome);
        Assert.Null(reel.Song);
        Assert.Equal([new Slot(1, 0, 4), new Slot(2, 4, 4), new Slot(3, 8, 2)], reel.Slots);
    }

    [Fact]
    public async Task HandleAsync_SilentReel_CreditsFollowTheLastSlot()
    {
        _harness.Settings.CreditsSeconds = 3;

        var outcome = await CreateAsync("Night Drive --shots 4,4,2");

        var reel = await CreatedReelAsync(outcome);
        Assert.Equal(3, reel.CreditsSeconds);
        Assert.Equal(13, reel.DurationSeconds);
    }

    [Fact]
    public async Task HandleAsync_SilentReelWithSlotsAndSeconds_EqualSlotsOfThatLength()
    {
        var outcome = await CreateAsync("Night Drive --slots 3 --seconds 2.5");

        Assert.Equal([new Slot(1, 0, 2.5), new Slot(2, 2.5, 2.5), new Slot(3, 5, 2.5)], (await CreatedReelAsync(outcome)).Slots);
    }

    [Fact]
    public async Task HandleAsync_SilentReelWithSlotsOnly_SlotsOfTheDefaultLength()
    {
        var outcome = await CreateAsync("Night Drive --slots 2");

        Assert.Equal([new Slot(1, 0, 4), new Slot(2, 4, 4)], (await CreatedReelAsync(outcome)).Slots);
    }

    [Theory]
    [InlineData("Night Drive")]
    [InlineData("Night Drive --bpm 120")]
    [InlineData("Night Drive --seconds 3")]
    public async Task HandleAsync_SilentReelWithoutShots_RefusedSayingHowToGiveThem(string arguments)
    {
        var outcome = await CreateAsync(arguments);

        OutcomeAssert.Refused("A reel without a song needs its shots: `--shots 4,4,4` or `--slots 12 --seconds 4`. Or attach the song.", outcome);
        Assert.Equal(0, _harness.Reels.Saves);
        Assert.Null(await _harness.Reels.FindByChannelAsync(TestReels.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_Created_PublicReplyWithTheIdAndHowToTakePart()
    {
        var outcome = await CreateAsync("Night Drive --shots 4,4,2");

        var reel = await CreatedReelAsync(outcome);
        Assert.True(outcome.Accepted);
        Assert.False(outcome.Reply.Ephemeral);
        Assert.Equal(
            $"Reel “Night Drive” is open: 3 shots, silent. Its id is `{reel.Id}` (for `/reel link` in other channels). "
            + "Make takes with `/clip <prompt> --slot N`; see the shots with `/reel shots`.",
            outcome.Reply.Text);
    }

    [Fact]
    public async Task HandleAsync_Created_CarriesTheDraftTheCreatorAndTheChannel()
    {
        _harness.Time.Advance(TimeSpan.FromMinutes(3));

        var outcome = await CreateAsync(
            "Night Drive --shots 4 --ar 9:16 --fps 24 --prefix noir --ban gore --tallies hidden --crossfade 0.5");

        var reel = await CreatedReelAsync(outcome);
        Assert.Equal("Night Drive", reel.Name);
        Assert.Equal(Canvas.For(AspectRatio.Portrait9x16) with { Fps = 24 }, reel.Canvas);
        Assert.Equal("noir", reel.Style.Prefix);
        Assert.Equal(["gore"], reel.Style.BannedWords);
        Assert.True(reel.Rules.HideTallies);
        Assert.Equal(0.5, reel.TransitionSeconds);
        Assert.Equal(ReelPhase.Open, reel.Phase);
        Assert.Equal([TestReels.Channel], reel.Channels);
        Assert.Equal(TestReels.Admin, reel.CreatedBy);
        Assert.Equal(TestTakes.Start.AddMinutes(3), reel.CreatedAt);
        Assert.Equal(1, reel.Version);
    }

    [Fact]
    public async Task HandleAsync_BadFlags_RefusedBeforeTheSongIsImported()
    {
        var outcome = await CreateAsync("Night Drive --fps 60", Attachment());

        OutcomeAssert.Refused("`--fps 60` is not allowed: use 24, 25 or 30.", outcome);
        _songs.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task HandleAsync_TwoAttachments_RefusedWithoutImportingEither()
    {
        var outcome = await CreateAsync("Night Drive --slots 4", Attachment(), Attachment("b.mp3"));

        OutcomeAssert.Refused("Attach one song, not several.", outcome);
        _songs.VerifyNoOtherCalls();
        Assert.Null(await _harness.Reels.FindByChannelAsync(TestReels.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_SongRefusedByTheLibrary_RefusalPassedOnAndNothingStored()
    {
        _songs.Setup(s => s.ImportAsync(Upload, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Error.Invalid("That file is not audio: use mp3, m4a, wav, flac or ogg."));

        var outcome = await CreateAsync("Night Drive --slots 4", Attachment());

        OutcomeAssert.Refused("That file is not audio: use mp3, m4a, wav, flac or ogg.", outcome);
        Assert.Null(await _harness.Reels.FindByChannelAsync(TestReels.Channel, CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_ChannelInAnotherReel_MovedToTheNewOne()
    {
        var previous = await _harness.AddReelAsync(TestReels.Create(channel: TestReels.Channel) with { Channels = [TestReels.Channel, ChannelRef.Studio] });

        var outcome = await CreateAsync("Night Drive --slots 2");

        var reel = await CreatedReelAsync(outcome);
        Assert.Equal([ChannelRef.Studio], _harness.Reels.Get(previous.Id).Channels);
        Assert.Equal(previous.Id, await _harness.Reels.FindByChannelAsync(ChannelRef.Studio, CancellationToken.None));
        Assert.NotEqual(previous.Id, reel.Id);
    }

    private async Task<Reel> CreatedReelAsync(CommandOutcome outcome)
    {
        Assert.True(outcome.Accepted, outcome.Reply.Text);
        var id = await _harness.Reels.FindByChannelAsync(TestReels.Channel, CancellationToken.None);
        Assert.NotNull(id);
        return _harness.Reels.Get(id.Value);
    }

    private Task<CommandOutcome> CreateAsync(string arguments, params ChatAttachment[] attachments)
    {
        var command = new ReelCreateCommand(
            _harness.Reels, _harness.Updater, _songs.Object, _harness.Options, _harness.Time, NullLogger<ReelCreateCommand>.Instance);
        var chat = new ChatCommand("reel", "create " + arguments, TestReels.Admin, TestReels.Channel) { Attachments = attachments };
        return command.HandleAsync(new ReelInvocation(chat, "create", arguments, Reel: null), CancellationToken.None);
    }

    private static ChatAttachment Attachment(string name = "song.mp3") => new(name, name == "song.mp3" ? Upload : "/tmp/uploads/" + name, 1_000_000);

    private void SetupSong(double seconds, BeatGrid? beats = null)
    {
        var song = new Song("songs/night.m4a", seconds, "songs/night-64k.m4a");
        _songs.Setup(s => s.ImportAsync(Upload, It.IsAny<CancellationToken>())).ReturnsAsync(song);
        if (beats is not null)
        {
            _songs.Setup(s => s.DetectBeatsAsync(song, It.IsAny<CancellationToken>())).ReturnsAsync(beats);
        }
    }
}
