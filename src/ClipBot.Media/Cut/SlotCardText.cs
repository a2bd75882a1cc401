using ClipBot.Media.Arguments;
using ClipBot.Media.Local;

namespace ClipBot.Media.Cut;

/// <summary>What an empty slot's card says: its title on one line, and its brief wrapped to fit under it.</summary>
internal static class SlotCardText
{
    public static string Title(string title, SlotCardLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return CaptionWrapper.Wrap(CreditsText.OneLine(title), layout.TitleMaxChars, 1);
    }

    /// <summary>The brief's lines; empty for a slot without one.</summary>
    public static string Brief(string brief, SlotCardLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return CaptionWrapper.Wrap(CreditsText.OneLine(brief), layout.BriefMaxChars, SlotCardLayout.BriefMaxLines);
    }
}
