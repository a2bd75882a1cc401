namespace ClipBot.Discord.Commands;

/// <summary>A slash command, or one sub-command of it, as the catalogue describes it.</summary>
internal sealed record SlashCommand(string Name, string Description)
{
    public IReadOnlyList<SlashOption> Options { get; init; } = [];

    public IReadOnlyList<SlashCommand> Subcommands { get; init; } = [];

    /// <summary>
    /// Whether Core answers it for the channel to see. Its interaction is deferred visibly, so the answer can
    /// replace the "thinking…" message; everything else is deferred for the invoker's eyes only.
    /// </summary>
    public bool PublicReply { get; init; }

    /// <summary>For the band's admins; Core refuses anyone else, so a non-admin's deferral is private.</summary>
    public bool AdminOnly { get; init; }

    /// <summary>
    /// Discord's <c>default_member_permissions</c>: who sees the command before a server changes it. Only a
    /// command that is admin-only as a whole has it; Core checks the invoker again on every use.
    /// </summary>
    public string? DefaultMemberPermissions { get; init; }
}
