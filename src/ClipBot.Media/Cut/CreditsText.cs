using System.Globalization;
using System.Text;
using ClipBot.Core.Cuts;
using ClipBot.Media.Local;

namespace ClipBot.Media.Cut;

/// <summary>
/// The credits card's text: for each shot, its title and author, the prompt and the seed. An empty slot
/// has nobody to credit and is left out; the others keep their slot's number.
/// </summary>
internal static class CreditsText
{
    public const string Heading = "Credits";
    public const string NoTakes = "No takes yet.";
    public const int MaxPromptLines = 3;

    public static string Build(IReadOnlyList<CutShot> shots, int maxCharsPerLine)
    {
        ArgumentNullException.ThrowIfNull(shots);

        var text = new StringBuilder(Heading).Append('\n');
        for (var i = 0; i < shots.Count; i++)
        {
            var shot = shots[i];
            if (shot.IsCard)
            {
                continue;
            }

            var title = OneLine(shot.Title) is { Length: > 0 } named ? named : $"Shot {i + 1}";
            var author = OneLine(shot.Author) is { Length: > 0 } known ? known : "unknown";
            // Three lines a shot for a short prompt: a card of 55 shots has to roll by in a few seconds.
            text.Append('\n')
                .Append(CaptionWrapper.Wrap(string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {title} — {author} · seed {shot.Seed}"), maxCharsPerLine, 2))
                .Append('\n')
                .Append(CaptionWrapper.Wrap($"“{OneLine(shot.Prompt)}”", maxCharsPerLine, MaxPromptLines)).Append('\n');
        }

        return shots.All(shot => shot.IsCard) ? text.Append('\n').Append(NoTakes).Append('\n').ToString() : text.ToString();
    }

    /// <summary>A name, prompt or brief is one line on a card, whatever breaks the user typed into it.</summary>
    public static string OneLine(string value) =>
        string.Join(' ', (value ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
