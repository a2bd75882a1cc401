using ClipBot.Redis.Connection;

namespace ClipBot.Redis.Tests.Connection;

public sealed class GarnetArgumentsTests
{
    [Fact]
    public void Build_Settings_UsesTheFlagsThatSurviveKill9()
    {
        var arguments = GarnetArguments.Build(6400, "/data/store", "64m", "16m");

        var line = string.Join(' ', arguments);
        Assert.Contains("--bind 127.0.0.1 --port 6400", line, StringComparison.Ordinal);
        Assert.Contains("--lua", line, StringComparison.Ordinal);
        Assert.Contains("--aof --aof-commit-freq 0 --aof-commit-wait", line, StringComparison.Ordinal);
        Assert.Contains("--storage-tier --device-type RandomAccess", line, StringComparison.Ordinal);
        Assert.Contains("--checkpointdir /data/store --logdir /data/store --recover", line, StringComparison.Ordinal);
        Assert.Contains("--memory 64m --index 16m", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_PathWithSpaces_KeepsItOneArgument()
    {
        var arguments = GarnetArguments.Build(1, "/my data/store", "1g", "1m");

        Assert.Contains("/my data/store", arguments);
    }
}
