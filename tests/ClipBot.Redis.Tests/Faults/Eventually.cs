using System.Diagnostics;
using StackExchange.Redis;

namespace ClipBot.Redis.Tests.Faults;

/// <summary>Polls a condition until it holds or time runs out; a store that is down counts as "not yet".</summary>
internal static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Waits until <paramref name="check"/> says done. Its state text (e.g. "120/200 posted") ends up in the
    /// failure message, so a timeout says how far the run got.
    /// </summary>
    public static async Task UntilAsync(string what, TimeSpan timeout, Func<Task<(bool Done, string State)>> check, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(check);
        var watch = Stopwatch.StartNew();
        var state = "not checked yet";
        while (true)
        {
            try
            {
                var (done, now) = await check();
                state = now;
                if (done)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException)
            {
                // The server is being restarted, or the client has not reconnected yet.
                state = $"{state} (last check failed: {exception.GetType().Name})";
            }

            if (watch.Elapsed > timeout)
            {
                Assert.Fail($"Waited {timeout.TotalSeconds:0} s until {what}; gave up at: {state}");
            }

            await Task.Delay(interval ?? PollInterval);
        }
    }
}
