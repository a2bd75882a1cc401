using ClipBot.Core.Chat;
using ClipBot.Core.Cuts;
using ClipBot.Core.Reels;
using ClipBot.Core.Results;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace ClipBot.Core.Tests.Reels;

public sealed partial class ReelCutterTests : IDisposable
{
    private const double RenderedSeconds = 12;

    private static readonly ChannelRef Slack = new("slack", "C-1");

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "clipbot-core-tests-" + Guid.NewGuid().ToString("N"));
    private readonly ReelHarness _harness = new();
    private readonly Mock<ICutRenderer> _renderer = new();
    private readonly Mock<ICutNotifier> _discord = Notifier("discord");
    private readonly Mock<ICutNotifier> _slack = Notifier("slack");
    private readonly List<CutRequest> _requests = [];

    public ReelCutterTests()
    {
        _renderer.Setup(r => r.RenderAsync(It.IsAny<CutRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((CutRequest request, CancellationToken _) =>
            {
                _requests.Add(request);
                return Result<CutResult>.Success(new CutResult($"cuts/{request.CutId}-{request.Rendition}-{_requests.Count}.mp4", RenderedSeconds, 1_000));
            });
    }

    private string MediaPath => Path.Combine(_dataPath, "media");

    public void Dispose()
    {
        if (Directory.Exists(_dataPath))
        {
            Directory.Delete(_dataPath, recursive: true);
        }
    }

    private ReelCutter CreateCutter() => new(
        _harness.Reels,
        _harness.Standings,
        _renderer.Object,
        _harness.Updater,
        [_discord.Object, _slack.Object],
        Options.Create(new DataOptions { Path = _dataPath }),
        _harness.Time,
        NullLogger<ReelCutter>.Instance);

    private Task<Result<Reel>> CutAsync(Reel reel, bool post = false) => CreateCutter().CutAsync(reel.Id, post, CancellationToken.None);

    /// <summary>A finished take of the slot, with a delivery rendition unless <paramref name="delivery"/> is false.</summary>
    private Task<Take> AddTakeAsync(Reel reel, int slot, bool delivery = true)
    {
        var take = TestReels.Take(reel, slot);
        return _harness.AddTakeAsync(take with
        {
            Artifacts = TestTakes.Artifacts with { VideoFile = $"takes/{take.Id}.mp4", DeliveryFile = delivery ? $"takes/{take.Id}-480.mp4" : null },
        });
    }

    private static CutShot ShotOf(Take take, Slot slot) => new(
        take.Id.Value, take.Artifacts!.VideoFile, take.Artifacts.DeliveryFile, slot.DurationSeconds, $"Shot {slot.Index}", "Ana", take.Parameters.Prompt, 7);

    /// <summary>Writes a file in the media folder, as a renderer would have.</summary>
    private string WriteMedia(string relative)
    {
        var path = Path.Combine(MediaPath, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [1]);
        return path;
    }

    private static Mock<ICutNotifier> Notifier(string platform)
    {
        var notifier = new Mock<ICutNotifier>();
        notifier.SetupGet(n => n.Platform).Returns(platform);
        notifier.Setup(n => n.PostCutAsync(It.IsAny<Reel>(), It.IsAny<ChannelRef>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        return notifier;
    }
}
