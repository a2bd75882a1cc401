using System.Text;
using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandParserTests
{
    /// <summary>Pieces that stress the parser: flag names with every dash, quotes of every kind, numbers at the edges.</summary>
    private static readonly string[] NastyPieces =
    [
        "a", "Z", "city", "\u00E9", "\U0001F303", " ", "  ", "\t", "\n", "\r\n", "\r",
        "-", "--", "---", "\u2014", "\u2013", "\"", "\u201C", "\u201D", "'", ":", "\\", "%{pts}", ";",
        "0", "7", "-1", "1.5", "4294967295", "4294967296", "501", "16:9", "4:3", "zoom-in", "noir",
        "ar", "seed", "neg", "camera", "motion", "duration", "slot", "style",
        "--ar", "--seed", "--neg", "--camera", "--motion", "--duration", "--slot", "--style", "--bogus",
        "\u2014ar", "\u2014seed", "\u2013neg", "--AR", "\u0007", new string('x', 300),
    ];

    [Fact]
    public void Parse_RandomNastyInput_NeverThrowsAndAlwaysAnswers()
    {
        var random = new Random(20_251_126);
        var inputs = Enumerable.Range(0, 2_000).Select(_ => RandomArguments(random)).ToList();
        var accepted = 0;
        var refused = 0;

        foreach (var input in inputs)
        {
            var result = ClipCommandParser.Parse(input, DefaultSeed);

            if (result.IsSuccess)
            {
                accepted++;
                AssertWellFormedPrompt(input, result.Value.Prompt);
            }
            else
            {
                refused++;
                Assert.Equal(ErrorKind.Invalid, result.Error.Kind);
                Assert.False(string.IsNullOrWhiteSpace(result.Error.Message), $"Empty refusal for {Show(input)}");
                Assert.True(result.Error.Message.Length <= 300, $"A {result.Error.Message.Length}-char refusal for {Show(input)}");
            }
        }

        Assert.True(accepted > 100, $"Only {accepted} of 2000 inputs were accepted; the generator no longer reaches the happy path.");
        Assert.True(refused > 100, $"Only {refused} of 2000 inputs were refused; the generator no longer reaches the refusals.");
    }

    private static void AssertWellFormedPrompt(string input, string prompt)
    {
        Assert.InRange(prompt.Length, 1, ClipParameters.MaxPromptLength);
        Assert.False(char.IsWhiteSpace(prompt[0]) || char.IsWhiteSpace(prompt[^1]), $"Untrimmed prompt for {Show(input)}");
        Assert.DoesNotContain("  ", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', prompt);
        Assert.DoesNotContain('\t', prompt);
        Assert.False(prompt.Any(c => char.IsControl(c) && c != '\n'), $"Control character kept for {Show(input)}");
    }

    private static string RandomArguments(Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(0, 40);
        for (var i = 0; i < pieces; i++)
        {
            text.Append(NastyPieces[random.Next(NastyPieces.Length)]);
            if (random.Next(3) == 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    private static string Show(string input) =>
        "\"" + input.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"";
}
