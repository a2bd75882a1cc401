using System.Text;
using ClipBot.Core.Chat;
using ClipBot.Core.Commands.Clip;
using Microsoft.Extensions.DependencyInjection;

namespace ClipBot.Core.Commands;

/// <summary>Lists the commands; resolved lazily because it is one of the handlers it lists.</summary>
internal sealed class HelpCommandHandler(IServiceProvider services) : ICommandHandler
{
    public string Name => "help";

    public string Summary => "show the commands and the /clip flags";

    public Task<CommandOutcome> HandleAsync(ChatCommand command, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("ClipBot commands:\n");
        foreach (var handler in services.GetServices<ICommandHandler>().OrderBy(h => h.Name, StringComparer.Ordinal))
        {
            text.Append("• /").Append(handler.Name).Append(" — ").Append(handler.Summary).Append('\n');
        }

        text.Append("/clip flags: ").Append(ClipFlags.AllowedList).Append('.');
        return Task.FromResult(new CommandOutcome(new ChatReply(text.ToString(), Ephemeral: true), Accepted: true));
    }
}
