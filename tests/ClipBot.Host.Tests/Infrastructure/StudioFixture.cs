namespace ClipBot.Host.Tests.Infrastructure;

/// <summary>One running host shared by a test class; starting Garnet and the worker once saves seconds per test.</summary>
public sealed class StudioFixture : IDisposable
{
    public StudioFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
