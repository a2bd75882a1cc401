namespace ClipBot.Discord.Commands;

/// <summary>How an option's value joins the text Core's parser reads.</summary>
internal enum OptionRole
{
    /// <summary>Words of the command, in the catalogue's order: a prompt, a name, a take id, a shot number.</summary>
    Words,

    /// <summary>An inline flag, <c>--flag value</c>, after the words; it must agree with the same flag typed in them.</summary>
    Flag,

    /// <summary>A file that comes with the command (a reel's song).</summary>
    Attachment,

    /// <summary>The generator to use; Core has one per process, so the option may only name it.</summary>
    Provider,
}
