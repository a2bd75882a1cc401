using System.Text;
using ClipBot.Core.Chat;
using ClipBot.Core.Takes;
using ClipBot.Discord.Interactions;

namespace ClipBot.Discord.Tests.Interactions;

public sealed class ReplyRendererTests : HarnessTests
{
    private static readonly ChatUser Requester = new("discord:" + InteractionPayloads.FanId, "fan");


    [Fact]
    public async Task RenderAsync_LongText_TwoThousandCharactersEndingInAnEllipsis()
    {
        using var rendered = await Renderer.RenderAsync(new ChatReply(new string('x', 5000), Ephemeral: false), Requester, CancellationToken.None);

        Assert.Equal(2000, rendered.Message.Content!.Length);
        Assert.EndsWith("…", rendered.Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_AnyReply_MentionsTheRequesterOnly()
    {
        using var rendered = await Renderer.RenderAsync(new ChatReply("Hi <@123> @everyone", Ephemeral: true), Requester, CancellationToken.None);

        Assert.Equal([InteractionPayloads.FanId], rendered.Message.MentionUserIds);
        Assert.True(rendered.Message.Ephemeral);
    }

    [Fact]
    public async Task RenderAsync_Files_WrittenForTheUploadAndDeletedAfter()
    {
        var reply = new ChatReply("Exports", Ephemeral: true)
        {
            Files = [new ChatFile("reel-abcd2345-ballots.csv", "text/csv", Encoding.UTF8.GetBytes("slot,take\n")), new ChatFile("../x y.txt", "text/plain", [1, 2])],
        };

        string[] paths;
        using (var rendered = await Renderer.RenderAsync(reply, Requester, CancellationToken.None))
        {
            Assert.Equal(["reel-abcd2345-ballots.csv", "x_y.txt"], rendered.Message.Files.Select(f => f.FileName));
            paths = [.. rendered.Message.Files.Select(f => f.Path)];
            Assert.Equal("slot,take\n", await File.ReadAllTextAsync(paths[0]));
        }

        Assert.All(paths, p => Assert.False(File.Exists(p)));
    }

    [Fact]
    public async Task RenderAsync_Duel_TwoImagesLeftThenRightAndTheirButtons()
    {
        var left = WithPoster(DiscordTakes.Posted(), preview: true);
        var right = WithPoster(DiscordTakes.Posted(), preview: false);
        var reply = new ChatReply("Duel for shot 1", Ephemeral: false)
        {
            SideBySide = [left.Id, right.Id],
            Buttons = [new ChatButton("◀ Left", "v1:pick:abcd2345:1:a:b"), new ChatButton("Right ▶", "v1:pick:abcd2345:1:b:a")],
        };

        using var rendered = await Renderer.RenderAsync(reply, Requester, CancellationToken.None);

        Assert.Equal([$"left-{left.Id}.webp", $"right-{right.Id}.jpg"], rendered.Message.Files.Select(f => f.FileName));
        Assert.Equal(["image/webp", "image/jpeg"], rendered.Message.Files.Select(f => f.ContentType));
        Assert.Equal(2, rendered.Message.Components![0]!["components"]!.AsArray().Count);
        Assert.All(rendered.Message.Files, f => Assert.True(File.Exists(f.Path)));
    }

    [Fact]
    public async Task RenderAsync_NoButtons_NoComponents()
    {
        using var rendered = await Renderer.RenderAsync(new ChatReply("Plain", Ephemeral: false), Requester, CancellationToken.None);

        Assert.Null(rendered.Message.Components);
        Assert.Empty(rendered.Message.Files);
    }

    private ReplyRenderer Renderer => Harness.Get<ReplyRenderer>();

    private Take WithPoster(Take take, bool preview)
    {
        var media = Path.Combine(Harness.DataPath, "media");
        Directory.CreateDirectory(media);
        File.WriteAllBytes(Path.Combine(media, $"{take.Id}.jpg"), [1]);
        if (preview)
        {
            File.WriteAllBytes(Path.Combine(media, $"{take.Id}.webp"), [2]);
        }

        take = take with { Artifacts = new TakeArtifacts($"{take.Id}.mp4", $"{take.Id}.jpg", 720, 1280, 4, 10, preview ? $"{take.Id}.webp" : null) };
        Harness.AddTake(take);
        return take;
    }
}
