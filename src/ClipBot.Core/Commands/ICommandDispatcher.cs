using ClipBot.Core.Chat;

namespace ClipBot.Core.Commands;

/// <summary>The one entry point every adapter calls with a platform-neutral command.</summary>
public interface ICommandDispatcher
{
    Task<CommandOutcome> DispatchAsync(ChatCommand command, CancellationToken cancellationToken);
}
