using ClipBot.Redis.Queue;
using Moq;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Queue;

/// <summary>How a script call survives a server that lost its script cache, and what it does not retry.</summary>
public sealed partial class RedisJobQueueTests
{
    [Fact]
    public async Task AnyScript_ServerAnswersNoScript_SendsTheTextOnceWithTheSameArguments()
    {
        Reply(RedisResult.Create((RedisValue)1));
        _db.Setup(d => d.ScriptEvaluateAsync(It.IsAny<byte[]>(), It.IsAny<RedisKey[]?>(), It.IsAny<RedisValue[]?>(), It.IsAny<CommandFlags>()))
            .ThrowsAsync(new RedisServerException("NOSCRIPT No matching script. Please use EVAL."));
        var texts = new List<(string Lua, RedisValue[] Values)>();
        _db.Setup(d => d.ScriptEvaluateAsync(It.IsAny<string>(), It.IsAny<RedisKey[]?>(), It.IsAny<RedisValue[]?>(), It.IsAny<CommandFlags>()))
            .Callback((string lua, RedisKey[]? _, RedisValue[]? values, CommandFlags _) => texts.Add((lua, values ?? [])))
            .ReturnsAsync(RedisResult.Create((RedisValue)1));

        var renewed = await _queue.RenewAsync(Lease("tok"), TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.True(renewed);
        var (lua, values) = Assert.Single(texts);
        Assert.Equal(QueueScripts.Renew.Lua, lua);
        Assert.Equal(["abcdefghijkm", "tok", Ms(Start.AddSeconds(30))], values.Skip(2).Select(v => v.ToString()));
    }

    [Fact]
    public async Task AnyScript_OtherServerError_IsNotRetried()
    {
        _db.Setup(d => d.ScriptEvaluateAsync(It.IsAny<byte[]>(), It.IsAny<RedisKey[]?>(), It.IsAny<RedisValue[]?>(), It.IsAny<CommandFlags>()))
            .ThrowsAsync(new RedisServerException("ERR something else"));

        var renew = () => _queue.RenewAsync(Lease("tok"), TimeSpan.FromSeconds(30), CancellationToken.None);

        await Assert.ThrowsAsync<RedisServerException>(renew);
        _db.Verify(d => d.ScriptEvaluateAsync(It.IsAny<string>(), It.IsAny<RedisKey[]?>(), It.IsAny<RedisValue[]?>(), It.IsAny<CommandFlags>()), Times.Never);
    }
}
