using System.Globalization;
using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Discord.Interactions;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Notifications;

/// <summary>
/// Posts a reel's cut into a linked Discord channel as a new message: the chat-sized cut, which fits Discord's
/// default 10 MiB by construction, and a link to the full-quality one in the Studio. A cut without a chat-sized
/// rendition that fits is posted as a link only: re-encoding a whole cut would take minutes.
/// </summary>
internal sealed class DiscordCutNotifier(
    IDiscordRest rest, VideoFitter fitter, IOptions<DiscordOptions> options, ILogger<DiscordCutNotifier> logger) : ICutNotifier
{
    public string Platform => InteractionParser.Platform;

    public async Task<Result<bool>> PostCutAsync(Reel reel, ChannelRef channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reel);
        ArgumentNullException.ThrowIfNull(channel);
        if (reel.Cut is not { } cut)
        {
            return Error.Invalid($"Reel {reel.Id} has no cut to post.");
        }

        var video = await fitter.FitAsync($"the cut of reel {reel.Id}", [cut.DeliveryFile], Interaction.DefaultUploadLimitBytes, encodeFrom: null, cancellationToken);
        var message = new DiscordMessage(DiscordText.Fit(Text(reel, cut, video is not null), DiscordMessage.MaxContentLength))
        {
            Files = video is null ? [] : [new DiscordFile($"cut-{reel.Id}.mp4", video.Path, "video/mp4", $"The cut of {reel.Name}")],
        };
        var posted = await rest.CreateMessageAsync(channel.ChannelId, message, cancellationToken);
        if (!posted.IsSuccess)
        {
            return posted.Error;
        }

        logger.CutPosted(reel.Id.Value, channel.ChannelId, posted.Value);
        return true;
    }

    private string Text(Reel reel, ReelCut cut, bool attached)
    {
        var kind = cut.Final ? "The final cut" : "A cut of the current leaders";
        var filled = cut.Winners.Count(w => w is not null);
        var length = TimeSpan.FromSeconds(Math.Round(cut.DurationSeconds));
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{kind} of “{reel.Name}” is here: {(int)length.TotalMinutes}:{length.Seconds:00}, {filled} of {cut.Winners.Count} shots chosen.");
        var full = StudioLinks.Media(options.Value, cut.File);
        return (attached, full) switch
        {
            (true, { } url) => $"{text}\nFull quality: {url}",
            (true, null) => $"{text}\nThe full-quality cut plays in the Studio.",
            (false, { } url) => $"{text}\nIt is too big to post here; watch it at {url}",
            _ => $"{text}\nIt is too big to post here; the Studio plays it.",
        };
    }
}
