using ClipBot.Core.Takes;

namespace ClipBot.Core.Reels;

/// <summary>
/// Bradley–Terry scores from duel picks: the strength p of each take such that take i beats take j with
/// probability p_i ÷ (p_i + p_j), fitted by the minorization–maximization iteration. Every take gets half a
/// win and half a loss against a virtual average take first, so a take that won (or lost) every duel still
/// has a finite score and one lucky duel cannot outrank a take that won many.
/// </summary>
public static class DuelRanking
{
    private const int MaxIterations = 200;
    private const double Tolerance = 1e-9;
    private const double Prior = 0.5;

    /// <summary>The score of each take (1 is average), for every take named in <paramref name="takes"/> or a pick.</summary>
    public static IReadOnlyDictionary<TakeId, double> Score(IEnumerable<TakeId> takes, IEnumerable<DuelPick> picks)
    {
        ArgumentNullException.ThrowIfNull(takes);
        ArgumentNullException.ThrowIfNull(picks);
        var pickList = picks.ToList();
        var ids = takes.Concat(pickList.SelectMany(p => new[] { p.Winner, p.Loser })).Distinct().ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var n = ids.Count;
        if (n == 0)
        {
            return new Dictionary<TakeId, double>();
        }

        var wins = new double[n];
        var games = new double[n, n];
        foreach (var pick in pickList)
        {
            var (w, l) = (index[pick.Winner], index[pick.Loser]);
            if (w == l)
            {
                continue;
            }

            wins[w]++;
            games[w, l]++;
            games[l, w]++;
        }

        var strength = Enumerable.Repeat(1.0, n).ToArray();
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var next = new double[n];
            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                // The prior's games against a virtual take of strength 1: half a win, one game.
                var denominator = 2 * Prior / (strength[i] + 1);
                for (var j = 0; j < n; j++)
                {
                    if (games[i, j] > 0)
                    {
                        denominator += games[i, j] / (strength[i] + strength[j]);
                    }
                }

                next[i] = (wins[i] + Prior) / denominator;
            }

            // Scores are only defined up to a common factor; the geometric mean is pinned to 1.
            var scale = Math.Exp(next.Average(Math.Log));
            for (var i = 0; i < n; i++)
            {
                next[i] /= scale;
                change = Math.Max(change, Math.Abs(next[i] - strength[i]));
            }

            strength = next;
            if (change < Tolerance)
            {
                break;
            }
        }

        return ids.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => strength[x.i]);
    }
}
