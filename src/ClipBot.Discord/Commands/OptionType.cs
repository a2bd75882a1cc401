namespace ClipBot.Discord.Commands;

/// <summary>The application command option types ClipBot uses (reference D3).</summary>
internal enum OptionType
{
    SubCommand = 1,
    String = 3,
    Integer = 4,
    Number = 10,
    Attachment = 11,
}
