namespace ClipBot.Host.Tests.Infrastructure;

/// <summary>One host without a worker, shared by a test class: for the API alone, with nothing generated or rendered behind it.</summary>
public sealed class WebOnlyFixture : IDisposable
{
    public StudioFactory Factory { get; } = new(new Dictionary<string, string?> { ["Roles:Run"] = "web" });

    public void Dispose() => Factory.Dispose();
}
