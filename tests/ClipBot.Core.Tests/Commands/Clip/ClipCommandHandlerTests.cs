using ClipBot.Core.Chat;
using ClipBot.Core.Commands.Clip;
using ClipBot.Core.Generation;
using ClipBot.Core.Notifications;
using ClipBot.Core.Queue;
using ClipBot.Core.Reels;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ClipBot.Core.Tests.Commands.Clip;

public sealed partial class ClipCommandHandlerTests
{
    private const uint SourceSeed = 987_654;

    private static readonly ChannelRef Channel = new("discord", "chan-42");

    private static readonly ChatUser Admin = new("u-admin", "Mod", IsAdmin: true);

    private readonly Mock<ITakeStore> _store = new();
    private readonly Mock<IJobQueue> _queue = new();
    private readonly Mock<IQuotaStore> _quota = new();
    private readonly QueueOptions _queueOptions = new() { QuotaPerWindow = 30, QuotaWindowMinutes = 60 };
    private readonly Mock<ITakeEvents> _events = new();
    private readonly Mock<IVideoGenerator> _generator = new();
    private readonly Mock<ISeedSource> _seeds = new();
    private readonly FakeTimeProvider _time = new(TestTakes.Start);
    private readonly List<string> _calls = [];
    private Take? _created;
    private JobRequest? _enqueued;
    private Take? _published;
    private QueueStatus _status = Status(position: 1, workerSlots: 1, average: TimeSpan.FromSeconds(40));

    public ClipCommandHandlerTests()
    {
        _generator.SetupGet(g => g.Name).Returns("local");
        _seeds.Setup(s => s.NextSeed()).Returns(SourceSeed);
        _store.Setup(s => s.CreateAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()))
            .Callback((Take take, CancellationToken _) => { _calls.Add("create"); _created = take; })
            .Returns(Task.CompletedTask);
        _queue.Setup(q => q.EnqueueAsync(It.IsAny<JobRequest>(), It.IsAny<CancellationToken>()))
            .Callback((JobRequest job, CancellationToken _) => { _calls.Add("enqueue"); _enqueued = job; })
            .Returns(Task.CompletedTask);
        _queue.Setup(q => q.GetStatusAsync(It.IsAny<string?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => _status with { OwnerJobs = [.. _status.OwnerJobs.Select(j => j with { TakeId = _enqueued?.TakeId ?? j.TakeId })] });
        _quota.Setup(q => q.TryConsumeAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Callback(() => _calls.Add("quota"))
            .ReturnsAsync(new QuotaDecision(Allowed: true, Remaining: 29, RetryAt: null));
        _events.Setup(e => e.PublishAsync(It.IsAny<Take>(), It.IsAny<CancellationToken>()))
            .Callback((Take take, CancellationToken _) => { _calls.Add("publish"); _published = take; })
            .Returns(Task.CompletedTask);
    }

    [Fact]
    public void Name_Always_IsClip()
    {
        var handler = CreateHandler();

        var name = handler.Name;

        Assert.Equal("clip", name);
    }

    private readonly Mock<IReelStore> _reels = new();

    private ClipCommandHandler CreateHandler(IQuotaStore? quota = null) => new(
        _store.Object,
        _queue.Object,
        quota ?? _quota.Object,
        _events.Object,
        _generator.Object,
        _seeds.Object,
        new ReelSlotBinder(_reels.Object, Options.Create(new ReelOptions())),
        _reels.Object,
        Options.Create(_queueOptions),
        _time,
        NullLogger<ClipCommandHandler>.Instance);

    /// <summary>The queue as the handler reads it after enqueuing: its take (the id is filled in) waiting at <paramref name="position"/>.</summary>
    private static QueueStatus Status(int position, int workerSlots, TimeSpan? average) =>
        new(Waiting: position, Running: 0, Retrying: 0, workerSlots, average, [new QueuedJob(TakeId.New(), Running: false, position, RetryAt: null)]);

    private static ChatCommand Command(string arguments) => new("clip", arguments, TestTakes.Author, Channel);
}
