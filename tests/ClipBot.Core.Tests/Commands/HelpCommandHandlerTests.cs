using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace ClipBot.Core.Tests.Commands;

public sealed class HelpCommandHandlerTests
{
    private readonly CollectionServiceProvider _provider = new(CommandServices.Create());

    [Fact]
    public async Task HandleAsync_Always_ListsEveryHandlerWithItsSummary()
    {
        var handlers = _provider.GetServices<ICommandHandler>().ToList();
        var help = handlers.OfType<HelpCommandHandler>().Single();

        var outcome = await help.HandleAsync(Command("help"), CancellationToken.None);

        Assert.Equal(["cancel", "clip", "help", "pick", "queue", "reel", "vote"], handlers.Select(h => h.Name).Order(StringComparer.Ordinal));
        foreach (var handler in handlers)
        {
            Assert.Contains($"/{handler.Name} — {handler.Summary}", outcome.Reply.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task HandleAsync_Always_ListsClipFlagsInAnEphemeralAcceptedReply()
    {
        var help = new HelpCommandHandler(_provider);

        var outcome = await help.HandleAsync(Command("help"), CancellationToken.None);

        Assert.True(outcome.Accepted);
        Assert.True(outcome.Reply.Ephemeral);
        Assert.Contains("--ar, --seed, --neg, --camera, --motion, --duration, --slot, --style", outcome.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Always_ListsCommandsInNameOrder()
    {
        var help = new HelpCommandHandler(_provider);

        var outcome = await help.HandleAsync(Command("help"), CancellationToken.None);

        var cancel = outcome.Reply.Text.IndexOf("/cancel —", StringComparison.Ordinal);
        var clip = outcome.Reply.Text.IndexOf("/clip —", StringComparison.Ordinal);
        var helpLine = outcome.Reply.Text.IndexOf("/help —", StringComparison.Ordinal);
        var queue = outcome.Reply.Text.IndexOf("/queue —", StringComparison.Ordinal);
        Assert.True(cancel >= 0 && cancel < clip && clip < helpLine && helpLine < queue, outcome.Reply.Text);
    }

    private static ChatCommand Command(string name) => new(name, string.Empty, TestTakes.Author, ChannelRef.Studio);
}
