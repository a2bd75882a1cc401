using System.Text.Json;
using ClipBot.Core.Reels;
using ClipBot.Core.Songs;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Reels;

public sealed class ReelExportTests
{
    private static readonly TakeId Take = new("abcd2345efgh");

    [Fact]
    public void BallotsCsv_NoBallots_HeaderOnly()
    {
        var csv = ReelExport.BallotsCsv([]);

        Assert.Equal("slot,take,voter,time\n", csv);
    }

    [Fact]
    public void BallotsCsv_Ballots_OneRowEachBySlotThenTimeInUtc()
    {
        Ballot[] ballots =
        [
            new(2, Take, "u-2", TestTakes.Start),
            new(1, Take, "u-3", TestTakes.Start.AddSeconds(5)),
            new(1, Take, "u-1", new DateTimeOffset(2025, 6, 1, 14, 0, 1, 250, TimeSpan.FromHours(2))),
        ];

        var csv = ReelExport.BallotsCsv(ballots);

        Assert.Equal(
            "slot,take,voter,time\n"
            + "1,abcd2345efgh,u-1,2025-06-01T12:00:01.250Z\n"
            + "1,abcd2345efgh,u-3,2025-06-01T12:00:05.000Z\n"
            + "2,abcd2345efgh,u-2,2025-06-01T12:00:00.000Z\n",
            csv);
    }

    [Theory]
    [InlineData("U1,U2", "\"U1,U2\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    [InlineData("plain-id_1", "plain-id_1")]
    public void BallotsCsv_VoterIdNeedingQuotes_QuotedWithQuotesDoubled(string voter, string field)
    {
        var csv = ReelExport.BallotsCsv([new Ballot(1, Take, voter, TestTakes.Start)]);

        Assert.Equal($"slot,take,voter,time\n1,abcd2345efgh,{field},2025-06-01T12:00:00.000Z\n", csv);
    }

    [Fact]
    public void Credits_LeadersAndEmptyShots_OneLineEachUnderTheTitle()
    {
        var reel = TestReels.Create(slots: 2);
        var take = TestReels.Take(reel, 1, prompt: "a car\non a night road");
        SlotStanding[] standings = [new(reel.Slots[0], [new TakeStanding(take, 3, null)]), new(reel.Slots[1], [])];

        var credits = ReelExport.Credits(reel, standings);

        Assert.Equal(
            "Night Drive\nA community video made with ClipBot\n"
            + "\nShot 1 (0:00.0–0:04.0): Ana — “a car on a night road” (seed 7)"
            + "\nShot 2 (0:04.0–0:08.0): no take\n",
            credits);
    }

    [Fact]
    public void ShotsJson_SongReel_IdNameSongLengthAndEveryShot()
    {
        var reel = TestReels.Create() with
        {
            Song = new Song("songs/a.m4a", 65.5),
            Slots = [new Slot(1, 0, 4, Label: "intro"), new Slot(2, 4, 2.5, Brief: "a car")],
        };

        using var json = JsonDocument.Parse(ReelExport.ShotsJson(reel));

        var root = json.RootElement;
        Assert.Equal(reel.Id.Value, root.GetProperty("reel").GetString());
        Assert.Equal("Night Drive", root.GetProperty("name").GetString());
        Assert.Equal(65.5, root.GetProperty("songSeconds").GetDouble());
        var shots = root.GetProperty("shots").EnumerateArray().ToList();
        Assert.Equal(2, shots.Count);
        Assert.Equal(
            (2, 4.0, 2.5, JsonValueKind.Null, "a car"),
            (shots[1].GetProperty("index").GetInt32(), shots[1].GetProperty("startSeconds").GetDouble(), shots[1].GetProperty("durationSeconds").GetDouble(),
                shots[1].GetProperty("label").ValueKind, shots[1].GetProperty("brief").GetString()));
        Assert.Equal("intro", shots[0].GetProperty("label").GetString());
    }

    [Fact]
    public void ShotsJson_SilentReel_SongLengthIsNull()
    {
        using var json = JsonDocument.Parse(ReelExport.ShotsJson(TestReels.Create()));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("songSeconds").ValueKind);
    }
}
