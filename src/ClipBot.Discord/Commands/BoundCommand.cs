namespace ClipBot.Discord.Commands;

/// <summary>A slash command turned into what Core reads: its name and the text of its arguments, and a file that came with it.</summary>
internal sealed record BoundCommand(string Name, string Arguments)
{
    public ResolvedAttachment? Attachment { get; init; }
}
