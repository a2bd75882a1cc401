namespace ClipBot.Discord.Interactions;

/// <summary>The interaction's <c>type</c> field.</summary>
internal enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    Autocomplete = 4,
    ModalSubmit = 5,
}
