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

    [Fact]
    public async Task UpdateAsync_StoredTakeCancelled_ThrowsTakeCancelledAndKeepsItCancelled()
    {
        var take = TestTakes.Create(TakeStatus.Generating);
        var cancelled = take with { Status = TakeStatus.Cancelled };
        _store.Seed(cancelled);
        var updater = new TakeUpdater(_store, _events, _time);

        var exception = await Record.ExceptionAsync(() => updater.UpdateAsync(take, t => t with { Status = TakeStatus.Processing, Progress = 100 }, CancellationToken.None));

        Assert.IsType<TakeCancelledException>(exception);
        Assert.Contains(take.Id.Value, exception.Message, StringComparison.Ordinal);
        Assert.Equal(cancelled, _store.Get(take.Id));
        Assert.Empty(_store.Saves);
        Assert.Empty(_events.Published);
    }

    [Fact]
    public async Task UpdateAsync_StoredTakeCancelled_ChangeNeverApplied()
    {
        var take = TestTakes.Create(TakeStatus.Generating);
        _store.Seed(take with { Status = TakeStatus.Cancelled });
        var applied = false;
        var updater = new TakeUpdater(_store, _events, _time);

        await Record.ExceptionAsync(() => updater.UpdateAsync(take, t =>
        {
            applied = true;
            return t;
        }, CancellationToken.None));

        Assert.False(applied);
    }

    [Theory]
    [InlineData(TakeStatus.Failed)]
    [InlineData(TakeStatus.Posted)]
    [InlineData(TakeStatus.Ready)]
    public async Task UpdateAsync_StoredTakeInAnotherStatus_Saved(TakeStatus stored)
    {
        var take = TestTakes.Create(stored);
        _store.Seed(take);
        var updater = new TakeUpdater(_store, _events, _time);

        var updated = await updater.UpdateAsync(take, t => t with { Progress = 50 }, CancellationToken.None);

        Assert.Equal(updated, _store.Get(take.Id));
    }

    [Fact]
    public async Task SaveAsync_StoredTakeCancelled_SavesAnywayStampedAndPublished()
    {
        var take = TestTakes.Create(TakeStatus.Cancelled);
        _store.Seed(take);
        _time.Advance(TimeSpan.FromSeconds(5));
        var updater = new TakeUpdater(_store, _events, _time);

        var saved = await updater.SaveAsync(take with { FailureReason = "note" }, CancellationToken.None);

        Assert.Equal("note", _store.Get(take.Id).FailureReason);
        Assert.Equal(TestTakes.Start.AddSeconds(5), saved.UpdatedAt);
        Assert.Equal([saved], _store.Saves);
        Assert.Equal([saved], _events.Published);
    }

    [Fact]
    public async Task SaveAsync_RunningTake_OverwritesItWithCancelled()
    {
        var take = TestTakes.Create(TakeStatus.Generating) with { Progress = 60 };
        _store.Seed(take);
        var updater = new TakeUpdater(_store, _events, _time);

        await updater.SaveAsync(take with { Status = TakeStatus.Cancelled }, CancellationToken.None);

        Assert.Equal(TakeStatus.Cancelled, _store.Get(take.Id).Status);
        Assert.Equal(TakeStatus.Cancelled, Assert.Single(_events.Published).Status);
    }
}
