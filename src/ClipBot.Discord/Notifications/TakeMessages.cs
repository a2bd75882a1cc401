using System.Globalization;
using System.Text;
using ClipBot.Core.Chat;
using ClipBot.Core.Reels;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using ClipBot.Discord.Interactions;
using ClipBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord.Notifications;

/// <summary>
/// A finished take as a Discord message: the video fitted to the channel's upload limit (or a link when it
/// cannot fit), the poster, the prompt with its seed and settings, a ping for the requester only, and the
/// buttons Vote (a reel's take while the reel is not locked), Reroll, Remix and Delete.
/// </summary>
internal sealed class TakeMessages(
    VideoFitter fitter, IReelStore reels, IOptions<DiscordOptions> options, IOptions<DataOptions> data, ILogger<TakeMessages> logger)
{
    public async Task<OutgoingMessage> RenderAsync(Take take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(take);
        var artifacts = take.Artifacts ?? throw new InvalidOperationException($"Take {take.Id} is posted only once it has its files.");
        var reel = take.Reel is { } id ? await reels.GetAsync(id, cancellationToken) : null;
        var cap = take.UploadLimitBytes ?? Interaction.DefaultUploadLimitBytes;
        var video = await fitter.FitAsync($"take {take.Id}", [artifacts.VideoFile, artifacts.DeliveryFile], cap, artifacts.VideoFile, cancellationToken);

        var files = new List<DiscordFile>();
        if (video is not null)
        {
            files.Add(new DiscordFile($"take-{take.Id}.mp4", video.Path, "video/mp4", Describe(take.Parameters.Prompt)));
        }

        files.Add(new DiscordFile($"take-{take.Id}.jpg", Path.Combine(data.Value.MediaPath, artifacts.PosterFile), "image/jpeg", "Poster"));
        var buttons = new List<ChatButton>();
        if (reel is { Phase: not ReelPhase.Locked })
        {
            buttons.Add(new ChatButton("Vote", ChatActions.Vote(take.Id)));
        }

        buttons.Add(new ChatButton("Reroll", TakeButtons.For(TakeButtons.Reroll, take.Id)));
        buttons.Add(new ChatButton("Remix", TakeButtons.For(TakeButtons.Remix, take.Id)));
        buttons.Add(new ChatButton("Delete", TakeButtons.For(TakeButtons.Delete, take.Id)));

        var author = DiscordUsers.DiscordId(take.Author);
        var message = new DiscordMessage(DiscordText.Fit(Text(take, reel, author, video is null ? Link(artifacts.VideoFile) : null), DiscordMessage.MaxContentLength))
        {
            Components = ButtonRows.Render(buttons),
            Files = files,
            MentionUserIds = author is { } mention ? [mention.ToString()] : [],
        };
        return new OutgoingMessage(message, video is { Temporary: true } ? [video.Path] : [], logger);
    }

    private static string Text(Take take, Reel? reel, Snowflake? author, string? tooBig)
    {
        var p = take.Parameters;
        var who = author is { } id ? $"<@{id}>" : take.Author.DisplayName;
        var shot = reel is not null && p.Slot is { } slot ? $" for shot {slot} of “{reel.Name}”" : string.Empty;
        var text = new StringBuilder($"Take {take.Id} by {who}{shot}:\n“{DiscordText.Quote(p.Prompt, 1200)}”\n");
        text.Append(CultureInfo.InvariantCulture, $"{p.Aspect.ToWire()} · {p.DurationSeconds} s · seed {p.Seed} · camera {p.Camera.ToWire()} · motion {p.Motion}");
        if (p.Style is { } style)
        {
            text.Append(" · style ").Append(style);
        }

        if (p.Negative is { } negative)
        {
            text.Append(" · avoiding “").Append(DiscordText.Quote(negative, 200)).Append('”');
        }

        if (tooBig is not null)
        {
            text.Append('\n').Append(tooBig);
        }

        return text.ToString();
    }

    private string Link(string videoFile) => StudioLinks.Media(options.Value, videoFile) is { } url
        ? $"The video is too big to post here; watch it at {url}"
        : "The video is too big to post here.";

    // An attachment's description is its alt text, at most 1,024 characters.
    private static string Describe(string prompt) => DiscordText.Quote(prompt, 1024);
}
