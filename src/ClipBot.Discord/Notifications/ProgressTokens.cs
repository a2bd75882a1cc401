using System.Collections.Concurrent;
using ClipBot.Core.Takes;

namespace ClipBot.Discord.Notifications;

/// <summary>
/// Which interaction's <c>@original</c> shows which take's progress, kept in memory by the process that got
/// the interaction (takes' changes reach every process). A token lasts 15 minutes; an expired one is dropped.
/// </summary>
internal sealed class ProgressTokens(TimeProvider time)
{
    private readonly ConcurrentDictionary<TakeId, ProgressToken> _tokens = new();

    public int Count => _tokens.Count;

    public void Remember(TakeId take, string token, DateTimeOffset expiresAt)
    {
        Sweep();
        _tokens[take] = new ProgressToken(token, expiresAt);
    }

    /// <summary>The take's token while it lives; null when there is none or it has expired.</summary>
    public ProgressToken? Find(TakeId take)
    {
        if (!_tokens.TryGetValue(take, out var found))
        {
            return null;
        }

        if (found.ExpiresAt > time.GetUtcNow())
        {
            return found;
        }

        _tokens.TryRemove(new KeyValuePair<TakeId, ProgressToken>(take, found));
        return null;
    }

    public void Forget(TakeId take) => _tokens.TryRemove(take, out _);

    // Takes that never finish (a crashed worker's, before recovery) must not keep their tokens forever.
    private void Sweep()
    {
        var now = time.GetUtcNow();
        foreach (var (take, token) in _tokens)
        {
            if (token.ExpiresAt <= now)
            {
                _tokens.TryRemove(new KeyValuePair<TakeId, ProgressToken>(take, token));
            }
        }
    }
}
