using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Discord.Notifications;
using ClipBot.Discord.Rest;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Runs a command an interaction stands for through Core's one dispatcher and sends its reply. A queued
/// take's reply is in <c>@original</c>, so its progress is shown there while the interaction's token lives.
/// </summary>
internal sealed class CommandRunner(ICommandDispatcher dispatcher, InteractionReplies replies, ProgressTokens tokens)
{
    private const string Clip = "clip";

    public async Task RunAsync(Interaction interaction, InteractionResponse first, ChatCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(command);
        var outcome = await dispatcher.DispatchAsync(command with { UploadLimitBytes = interaction.UploadLimitBytes }, cancellationToken);
        var inOriginal = await replies.SendAsync(interaction, first, outcome.Reply, cancellationToken);
        if (inOriginal && outcome.Accepted && outcome.TakeId is { } take && string.Equals(command.Name, Clip, StringComparison.Ordinal))
        {
            tokens.Remember(take, interaction.Token, interaction.TokenExpiresAt);
        }
    }

    public Task RefuseAsync(Interaction interaction, InteractionResponse first, string text, CancellationToken cancellationToken) =>
        replies.SendAsync(interaction, first, ChatReply.Refusal(text), cancellationToken);
}
