using ClipBot.Core.Chat;

namespace ClipBot.Core.Commands;

/// <summary>Handles one command name; one small class per command.</summary>
internal interface ICommandHandler
{
    string Name { get; }

    /// <summary>One line for /help.</summary>
    string Summary { get; }

    Task<CommandOutcome> HandleAsync(ChatCommand command, CancellationToken cancellationToken);
}
