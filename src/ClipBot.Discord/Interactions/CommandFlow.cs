using ClipBot.Core.Chat;
using ClipBot.Core.Generation;
using ClipBot.Discord.Commands;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Slash commands (type 2). The first answer is a deferral at once, before any work: visible to the channel
/// when the catalogue says Core answers the command publicly and the invoker may run it (/clip, an admin's
/// /reel create, /reel standings …), for the invoker alone otherwise (/queue, /cancel, /vote, /help, /reel
/// shots, a fan's /reel lock …). Then the options become Core's text, a song is fetched, and the reply edits
/// <c>@original</c>; a refusal of a visibly deferred command goes to the invoker alone (<see cref="InteractionReplies"/>).
/// </summary>
internal sealed class CommandFlow(
    CommandRunner runner, AttachmentDownloads downloads, IVideoGenerator generator, ILogger<CommandFlow> logger) : IInteractionFlow
{
    public InteractionType Type => InteractionType.ApplicationCommand;

    public static bool DefersVisibly(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return CommandBinder.FindLeaf(interaction.Data) is { PublicReply: true } leaf && (!leaf.AdminOnly || interaction.User.IsAdmin);
    }

    public Task<InteractionPlan> PlanAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var first = InteractionPlan.Deferral(ephemeral: !DefersVisibly(interaction));
        return Task.FromResult(InteractionPlan.After(first, (answer, token) => RunAsync(interaction, answer, token)));
    }

    private async Task RunAsync(Interaction interaction, InteractionResponse first, CancellationToken cancellationToken)
    {
        var bound = CommandBinder.Bind(interaction.Data, generator.Name);
        if (!bound.IsSuccess)
        {
            await runner.RefuseAsync(interaction, first, bound.Error.Message, cancellationToken);
            return;
        }

        ChatAttachment? file = null;
        if (bound.Value.Attachment is { } attachment)
        {
            var saved = await downloads.SaveAsync(interaction, attachment, cancellationToken);
            if (!saved.IsSuccess)
            {
                await runner.RefuseAsync(interaction, first, saved.Error.Message, cancellationToken);
                return;
            }

            file = saved.Value;
        }

        try
        {
            var command = new ChatCommand(bound.Value.Name, bound.Value.Arguments, interaction.User, interaction.Channel)
            {
                Attachments = file is null ? [] : [file],
            };
            await runner.RunAsync(interaction, first, command, cancellationToken);
        }
        finally
        {
            // Core has imported the song (under a name of its own) or refused it; either way the download is done with.
            if (file is not null)
            {
                TemporaryFiles.Delete(file.LocalPath, logger);
            }
        }
    }
}
