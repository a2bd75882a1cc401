using ClipBot.Core.Pipeline;
using ClipBot.Core.Takes;
using ClipBot.Core.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Core.Tests.Pipeline;

public sealed class TakeUpdaterTests
{
    private readonly InMemoryTakeStore _store = new();
    private readonly RecordingTakeEvents _events = new();
    private readonly FakeTimeProvider _time = new(TestTakes.Start);

    [Fact]
    public async Task UpdateAsync_Change_SavedAndPublishedAndReturned()
    {
        var take = TestTakes.Create();
        _store.Seed(take);
        var updater = new TakeUpdater(_store, _events, _time);

        var updated = await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Generating, Progress = 30 }, CancellationToken.None);

        Assert.Equal(TakeStatus.Generating, updated.Status);
        Assert.Equal(30, updated.Progress);
        Assert.Equal(updated, _store.Get(take.Id));
        Assert.Equal([updated], _events.Published);
    }

    [Fact]
    public async Task UpdateAsync_Always_StampsUpdatedAtFromClockAndKeepsCreatedAt()
    {
        var take = TestTakes.Create();
        _store.Seed(take);
        _time.Advance(TimeSpan.FromMinutes(3));
        var updater = new TakeUpdater(_store, _events, _time);

        var updated = await updater.UpdateAsync(take, t => t with { UpdatedAt = DateTimeOffset.MinValue }, CancellationToken.None);

        Assert.Equal(TestTakes.Start.AddMinutes(3), updated.UpdatedAt);
        Assert.Equal(TestTakes.Start, updated.CreatedAt);
    }

    [Fact]
    public async Task UpdateAsync_Always_AppliesChangeToGivenTakeNotToStoredOne()
    {
        var take = TestTakes.Create();
        _store.Seed(take with { Progress = 80 });
        var updater = new TakeUpdater(_store, _events, _time);

        var updated = await updater.UpdateAsync(take, t => t with { Status = TakeStatus.Processing }, CancellationToken.None);

        Assert.Equal(0, updated.Progress);
        Assert.Equal(0, _store.Get(take.Id).Progress);
    }

    [Fact]
    public async Task UpdateAsync_SaveFails_NothingPublished()
    {
        var take = TestTakes.Create();
        var updater = new TakeUpdater(_store, _events, _time);

        var exception = await Record.ExceptionAsync(() => updater.UpdateAsync(take, t => t with { Progress = 5 }, CancellationToken.None));

        Assert.IsType<InvalidOperationException>(exception);
        Assert.Empty(_events.Published);
    }
}
