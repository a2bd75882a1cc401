namespace ClipBot.Discord.Tests.Interactions;

/// <summary>Tests over an <see cref="InteractionHarness"/> of their own: started before each test, gone after it.</summary>
public abstract class HarnessTests : IAsyncLifetime
{
    internal InteractionHarness Harness { get; private set; } = null!;

    /// <summary>Configuration over the harness's own, for the tests of a class.</summary>
    protected virtual Dictionary<string, string?>? Settings => null;

    public Task InitializeAsync()
    {
        Harness = InteractionHarness.Start(Settings);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
