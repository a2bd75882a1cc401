using ClipBot.Core.Results;
using ClipBot.Core.Songs;
using Moq;

namespace ClipBot.Core.Tests.Commands.Reels;

public sealed partial class ReelCreateCommandTests
{
    [Fact]
    public async Task HandleAsync_SongWithSlots_EqualSlotsEndingTheCreditsBeforeTheSongEnds()
    {
        SetupSong(65);

        var outcome = await CreateAsync("Night Drive --slots 4", Attachment());

        var reel = await CreatedReelAsync(outcome);
        Assert.Equal([(0.0, 15.0), (15.0, 15.0), (30.0, 15.0), (45.0, 15.0)], reel.Slots.Select(s => (s.StartSeconds, s.DurationSeconds)));
        Assert.Equal(60, reel.Slots[^1].EndSeconds, 9);
        Assert.Equal(5, reel.CreditsSeconds);
        Assert.Equal(65, reel.DurationSeconds);
    }

    [Fact]
    public async Task HandleAsync_Song_KeptOnTheReelAndNamedInTheReply()
    {
        SetupSong(65);

        var outcome = await CreateAsync("Night Drive --slots 4", Attachment());

        Assert.Equal(new Song("songs/night.m4a", 65, "songs/night-64k.m4a"), (await CreatedReelAsync(outcome)).Song);
        Assert.Contains(": 4 shots, 65 s of song.", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SongTooShortForCredits_NoCreditsAndSlotsCoverTheSong()
    {
        SetupSong(9.5);

        var outcome = await CreateAsync("Night Drive --slots 2", Attachment());

        var reel = await CreatedReelAsync(outcome);
        Assert.Equal(0, reel.CreditsSeconds);
        Assert.Equal([(0.0, 4.75), (4.75, 4.75)], reel.Slots.Select(s => (s.StartSeconds, s.DurationSeconds)));
    }

    [Fact]
    public async Task HandleAsync_SongJustLongEnoughForCredits_KeepsThem()
    {
        SetupSong(10);

        var outcome = await CreateAsync("Night Drive --slots 1", Attachment());

        var reel = await CreatedReelAsync(outcome);
        Assert.Equal(5, reel.CreditsSeconds);
        Assert.Equal(5, reel.Slots[0].DurationSeconds);
    }

    [Fact]
    public async Task HandleAsync_SongWithBpm_ShotsOfTheBarsAtThatTempoBeforeTheCredits()
    {
        SetupSong(45);

        var outcome = await CreateAsync("Night Drive --bpm 120", Attachment());

        var reel = await CreatedReelAsync(outcome);
        Assert.Equal(10, reel.Slots.Count);
        Assert.All(reel.Slots, s => Assert.Equal(4, s.DurationSeconds, 9));
        Assert.Equal(40, reel.Slots[^1].EndSeconds, 9);
        _songs.Verify(s => s.DetectBeatsAsync(It.IsAny<Song>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task HandleAsync_SongWithoutShotFlags_ShotsFromTheDetectedBeats()
    {
        var grid = new BeatGrid(120, [.. Enumerable.Range(1, 130).Select(i => i * 0.5)]);
        SetupSong(65, grid);

        var outcome = await CreateAsync("Night Drive --bars 1", Attachment());

        var expected = ShotList.FromBeats(grid, 1, 60).Value!;
        Assert.Equal(
            expected.Select(s => (s.Index, s.StartSeconds, s.DurationSeconds)),
            (await CreatedReelAsync(outcome)).Slots.Select(s => (s.Index, s.StartSeconds, s.DurationSeconds)));
    }

    [Fact]
    public async Task HandleAsync_BeatDetectionFails_RefusalPassedOn()
    {
        SetupSong(65);
        _songs.Setup(s => s.DetectBeatsAsync(It.IsAny<Song>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Error.Invalid("No beats were found in the song; give a BPM or the shot durations instead."));

        var outcome = await CreateAsync("Night Drive", Attachment());

        OutcomeAssert.Refused("No beats were found in the song; give a BPM or the shot durations instead.", outcome);
    }

    [Fact]
    public async Task HandleAsync_SongWithShotsCoveringItWithinRounding_Accepted()
    {
        SetupSong(65);

        var outcome = await CreateAsync("Night Drive --shots 30,29.97", Attachment());

        var reel = await CreatedReelAsync(outcome);
        Assert.Equal([30, 29.97], reel.Slots.Select(s => s.DurationSeconds));
    }

    [Theory]
    [InlineData("--shots 4,6", "The shots add up to 10 s, but the song has 60 s before the 5 s of credits; make them cover it.")]
    [InlineData("--shots 30,31", "The shots add up to 61 s, but the song lasts only 60 s.")]
    [InlineData("--slots 200", "200 shots of a 60 s song would last under 0.5 s each; ask for fewer.")]
    public async Task HandleAsync_ShotsThatDoNotFitTheSong_RefusedSayingHowAndNothingStored(string flags, string text)
    {
        SetupSong(65);

        var outcome = await CreateAsync($"Night Drive {flags}", Attachment());

        OutcomeAssert.Refused(text, outcome);
        Assert.Equal(0, _harness.Reels.Saves);
    }
}
