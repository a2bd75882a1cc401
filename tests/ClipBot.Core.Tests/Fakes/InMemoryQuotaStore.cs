using ClipBot.Core.Queue;

namespace ClipBot.Core.Tests.Fakes;

/// <summary>A sliding-window quota per owner on the injected clock, recording every call.</summary>
internal sealed class InMemoryQuotaStore(TimeProvider time) : IQuotaStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _uses = new(StringComparer.Ordinal);
    private int _calls;

    public int Calls
    {
        get
        {
            lock (_gate)
            {
                return _calls;
            }
        }
    }

    public Task<QuotaDecision> TryConsumeAsync(string ownerId, int limit, TimeSpan window, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _calls++;
            var now = time.GetUtcNow();
            if (!_uses.TryGetValue(ownerId, out var uses))
            {
                _uses[ownerId] = uses = [];
            }

            // A use counts while it is inside the window: it leaves exactly one window after it happened.
            uses.RemoveAll(use => use + window <= now);
            if (uses.Count >= limit)
            {
                return Task.FromResult(new QuotaDecision(Allowed: false, Remaining: 0, RetryAt: uses.Min() + window));
            }

            uses.Add(now);
            return Task.FromResult(new QuotaDecision(Allowed: true, Remaining: limit - uses.Count, RetryAt: null));
        }
    }
}
