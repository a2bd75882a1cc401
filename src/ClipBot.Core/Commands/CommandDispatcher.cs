using ClipBot.Core.Chat;

namespace ClipBot.Core.Commands;

internal sealed class CommandDispatcher : ICommandDispatcher
{
    private readonly Dictionary<string, ICommandHandler> _handlers;

    public CommandDispatcher(IEnumerable<ICommandHandler> handlers)
    {
        _handlers = handlers.ToDictionary(h => h.Name, StringComparer.Ordinal);
    }

    public Task<CommandOutcome> DispatchAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (_handlers.TryGetValue(command.Name, out var handler))
        {
            return handler.HandleAsync(command, cancellationToken);
        }

        var known = string.Join(", ", _handlers.Keys.Order(StringComparer.Ordinal).Select(n => "/" + n));
        var shown = command.Name.Length <= 20 ? command.Name : command.Name[..20] + "…";
        return Task.FromResult(CommandOutcome.Refused($"Unknown command `/{shown}`. Commands: {known}."));
    }
}
