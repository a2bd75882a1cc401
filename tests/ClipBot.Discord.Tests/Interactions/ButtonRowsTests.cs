using System.Text.Json.Nodes;
using ClipBot.Core.Chat;
using ClipBot.Discord.Interactions;

namespace ClipBot.Discord.Tests.Interactions;

public sealed class ButtonRowsTests
{
    [Fact]
    public void Render_TwelveButtons_RowsOfFiveFiveTwo()
    {
        var buttons = Enumerable.Range(1, 12).Select(i => new ChatButton($"B{i}", $"v1:vote:{i}")).ToList();

        var rows = ButtonRows.Render(buttons);

        Assert.Equal([5, 5, 2], rows.Select(r => r!["components"]!.AsArray().Count));
        Assert.All(rows, r => Assert.Equal(1, (int)r!["type"]!));
    }

    [Fact]
    public void Render_ThirtyButtons_AtMostFiveRowsOfFive()
    {
        var buttons = Enumerable.Range(1, 30).Select(i => new ChatButton($"B{i}", $"v1:vote:{i}")).ToList();

        var rows = ButtonRows.Render(buttons);

        Assert.Equal(ButtonRows.MaxRows, rows.Count);
        Assert.Equal(25, rows.Sum(r => r!["components"]!.AsArray().Count));
        Assert.Equal("B25", (string)rows[4]!["components"]![4]!["label"]!);
    }

    [Fact]
    public void Render_LongLabel_CutToEightyWithAnEllipsis()
    {
        var rows = ButtonRows.Render([new ChatButton(new string('x', 120), "v1:vote:a")]);

        var label = (string)Button(rows, 0)["label"]!;

        Assert.Equal(80, label.Length);
        Assert.EndsWith("…", label, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CustomIdOverOneHundred_ButtonLeftOut()
    {
        var tooLong = "v1:vote:" + new string('a', 93);
        var exactly = "v1:vote:" + new string('b', 92);

        var rows = ButtonRows.Render([new ChatButton("Long", tooLong), new ChatButton("Fits", exactly)]);

        var only = Assert.Single(rows[0]!["components"]!.AsArray());
        Assert.Equal(exactly, (string)only!["custom_id"]!);
        Assert.Equal(100, exactly.Length);
    }

    [Fact]
    public void Render_SameActionTwice_OnceAsCustomIdsAreUniquePerMessage()
    {
        var rows = ButtonRows.Render([new ChatButton("Vote", "v1:vote:a"), new ChatButton("Vote again", "v1:vote:a")]);

        Assert.Single(rows[0]!["components"]!.AsArray());
    }

    [Theory]
    [InlineData("v1:vote:abcd2345efgh", 1)]
    [InlineData("v1:pick:abcd2345:3:abcd2345efgh:bcde2345efgh", 1)]
    [InlineData("v1:delete:abcd2345efgh", 4)]
    [InlineData("v1:reroll:abcd2345efgh", 2)]
    [InlineData("v1:remix:abcd2345efgh", 2)]
    public void Render_ActionVerb_StyleOfTheButton(string action, int style)
    {
        var rows = ButtonRows.Render([new ChatButton("B", action)]);

        Assert.Equal(style, (int)Button(rows, 0)["style"]!);
        Assert.Equal(2, (int)Button(rows, 0)["type"]!);
    }

    [Fact]
    public void Render_NoButtons_NoRows()
    {
        var rows = ButtonRows.Render([]);

        Assert.Empty(rows);
    }

    private static JsonNode Button(JsonArray rows, int index) => rows[0]!["components"]![index]!;
}
