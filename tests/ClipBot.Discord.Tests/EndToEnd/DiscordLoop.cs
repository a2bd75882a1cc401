using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClipBot.Core.Chat;
using ClipBot.Core.Takes;
using ClipBot.Discord.Tests.Fakes;
using static ClipBot.Discord.Tests.Interactions.InteractionPayloads;

namespace ClipBot.Discord.Tests.EndToEnd;

/// <summary>
/// The whole loop against the fake Discord, however interactions reach the bot: a reel (two silent shots)
/// made by an admin, <c>/clip</c> deferred in time and its queued reply in <c>@original</c>, the take made by the
/// local generator and posted with its MP4 and buttons, a fan's Vote click, <c>/reel lock</c>, and the final cut posted.
/// </summary>
internal sealed partial class DiscordLoop(FakeDiscordRest rest, Func<JsonObject, Task> send, Action<string> note)
{
    private static readonly TimeSpan MediaTimeout = TimeSpan.FromMinutes(3);

    public async Task RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var reel = await CreateReelAsync();
        var take = await ClipAsync();
        await CheckTakePostedAsync(take);
        note($"take {take} posted at {clock.Elapsed.TotalSeconds:0.0} s");
        await VoteAsync(take);
        await LockAndCheckCutAsync(reel);
        note($"cut of reel {reel} posted at {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private async Task<string> CreateReelAsync()
    {
        var create = SlashCommand("reel", Subcommand("create", Option("name", "Night Drive"), Option("slots", 2, type: 4)));

        await send(create);

        var edit = await EditOfAsync(create, "is open");
        return ReelIdInReply().Match(edit).Groups[1].Value;
    }

    private async Task<TakeId> ClipAsync()
    {
        var clip = SlashCommand("clip", Options(Option("prompt", "neon tail lights in the rain"), Option("slot", 1, type: 4)));
        var clock = Stopwatch.StartNew();

        var sending = send(clip);
        var callback = await rest.WaitForRequestAsync(r => r.Route == FakeDiscordRestRoute.InteractionCallback && IsFor(r, clip), TimeSpan.FromSeconds(3));
        var deferredIn = clock.Elapsed;
        await sending;

        note($"/clip deferred in {deferredIn.TotalMilliseconds:0.0} ms");
        Assert.True(deferredIn < TimeSpan.FromSeconds(1), $"deferred after {deferredIn.TotalMilliseconds:0} ms");
        Assert.Equal("""{"type":5}""", callback.Payload!.ToJsonString());
        var queued = await EditOfAsync(clip, "Queued take");
        Assert.Contains("for shot 1", queued, StringComparison.Ordinal);
        return new TakeId(TakeIdInReply().Match(queued).Groups[1].Value);
    }

    private async Task CheckTakePostedAsync(TakeId take)
    {
        var post = await rest.WaitForRequestAsync(
            r => r.Route == FakeDiscordRestRoute.CreateMessage && ((string?)r.Payload?["content"])?.Contains(take.Value, StringComparison.Ordinal) == true,
            MediaTimeout);

        Assert.Equal(ChannelId, post.RouteValue("channelId"));
        Assert.True(post.IsMultipart);
        var video = post.Part("files[0]")!;
        Assert.Equal(($"take-{take}.mp4", "video/mp4"), (video.FileName, video.ContentType));
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(video.Content.Span.Slice(4, 4)));
        Assert.Equal($"take-{take}.jpg", post.Part("files[1]")!.FileName);
        var payload = post.Payload!;
        Assert.Equal(
            [ChatActions.Vote(take), $"v1:reroll:{take}", $"v1:remix:{take}", $"v1:delete:{take}"],
            payload["components"]!.AsArray().SelectMany(row => row!["components"]!.AsArray()).Select(b => (string)b!["custom_id"]!));
        Assert.Equal($$"""{"parse":[],"users":["{{MasonId}}"]}""", payload["allowed_mentions"]!.ToJsonString());
        Assert.Contains($"<@{MasonId}>", (string)payload["content"]!, StringComparison.Ordinal);
    }

    private async Task VoteAsync(TakeId take)
    {
        var vote = ButtonClick(ChatActions.Vote(take));

        await send(vote);

        var callback = await rest.WaitForRequestAsync(r => r.Route == FakeDiscordRestRoute.InteractionCallback && IsFor(r, vote));
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", callback.Payload!.ToJsonString());
        Assert.StartsWith($"Your vote for take {take} in shot 1 is in.", await EditOfAsync(vote, "vote"), StringComparison.Ordinal);
    }

    private async Task LockAndCheckCutAsync(string reel)
    {
        var lockReel = SlashCommand("reel", Subcommand("lock"));

        await send(lockReel);

        Assert.Contains("is locked", await EditOfAsync(lockReel, "locked"), StringComparison.Ordinal);
        var cut = await rest.WaitForRequestAsync(
            r => r.Route == FakeDiscordRestRoute.CreateMessage && r.Part("files[0]")?.FileName == $"cut-{reel}.mp4",
            MediaTimeout);
        Assert.Equal(ChannelId, cut.RouteValue("channelId"));
        Assert.StartsWith("The final cut of “Night Drive” is here", (string)cut.Payload!["content"]!, StringComparison.Ordinal);
        Assert.Equal("ftyp", System.Text.Encoding.ASCII.GetString(cut.Part("files[0]")!.Content.Span.Slice(4, 4)));
    }

    /// <summary>The first edit of the interaction's <c>@original</c> that says <paramref name="words"/>.</summary>
    private async Task<string> EditOfAsync(JsonObject interaction, string words)
    {
        var edit = await rest.WaitForRequestAsync(
            r => r.Route == FakeDiscordRestRoute.EditOriginal && IsFor(r, interaction)
                && ((string?)r.Payload?["content"])?.Contains(words, StringComparison.Ordinal) == true,
            TimeSpan.FromSeconds(30));
        return (string)edit.Payload!["content"]!;
    }

    private static bool IsFor(FakeDiscordRestRequest request, JsonObject interaction) =>
        request.RouteValue("interactionToken") == (string)interaction["token"]!;

    [GeneratedRegex("Its id is `([a-z2-9]{8})`")]
    private static partial Regex ReelIdInReply();

    [GeneratedRegex("Queued take ([a-z2-9]{12})")]
    private static partial Regex TakeIdInReply();
}
