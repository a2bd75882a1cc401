using ClipBot.Core.Pipeline;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Tests.Pipeline;

public sealed class RunningJobsTests
{
    private readonly RunningJobs _running = new();

    [Fact]
    public void Cancel_RegisteredJob_CancelsItsTokenAndReturnsTrue()
    {
        using var cancel = new CancellationTokenSource();
        var id = TakeId.New();
        using var registration = _running.Register(id, cancel);

        var cancelled = _running.Cancel(id);

        Assert.True(cancelled);
        Assert.True(cancel.IsCancellationRequested);
    }

    [Fact]
    public void Cancel_AnotherJob_LeavesThisOneRunningAndReturnsFalse()
    {
        using var cancel = new CancellationTokenSource();
        using var registration = _running.Register(TakeId.New(), cancel);

        var cancelled = _running.Cancel(TakeId.New());

        Assert.False(cancelled);
        Assert.False(cancel.IsCancellationRequested);
    }

    [Fact]
    public void Cancel_RegistrationDisposed_ReturnsFalse()
    {
        using var cancel = new CancellationTokenSource();
        var id = TakeId.New();
        _running.Register(id, cancel).Dispose();

        var cancelled = _running.Cancel(id);

        Assert.False(cancelled);
        Assert.False(cancel.IsCancellationRequested);
    }

    [Fact]
    public void Cancel_TokenSourceDisposedBeforeTheRegistration_ReturnsFalseWithoutThrowing()
    {
        var cancel = new CancellationTokenSource();
        var id = TakeId.New();
        using var registration = _running.Register(id, cancel);
        cancel.Dispose();

        var cancelled = _running.Cancel(id);

        Assert.False(cancelled);
    }

    [Fact]
    public void Register_SameTakeAgain_OldRegistrationsDisposalKeepsTheNewOne()
    {
        using var first = new CancellationTokenSource();
        using var second = new CancellationTokenSource();
        var id = TakeId.New();
        var old = _running.Register(id, first);
        using var current = _running.Register(id, second);
        old.Dispose();

        var cancelled = _running.Cancel(id);

        Assert.True(cancelled);
        Assert.True(second.IsCancellationRequested);
        Assert.False(first.IsCancellationRequested);
    }
}
