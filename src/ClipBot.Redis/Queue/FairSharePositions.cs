namespace ClipBot.Redis.Queue;

/// <summary>
/// Where an owner's waiting jobs stand in the round-robin, caps ignored. The lease script serves the ring's
/// head owner and moves it to the tail, so the jobs go out in rounds: round i takes the i-th job (0-based)
/// of every owner that has one, in ring order. Job i of owner U therefore comes after i jobs of U, after
/// min(len V, i) jobs of every other owner V in the earlier rounds, and, in round i itself, after the
/// owners ahead of U in the ring that still have an i-th job.
/// </summary>
internal static class FairSharePositions
{
    /// <summary>
    /// Positions (1 = next) of the first <paramref name="count"/> jobs of <paramref name="owner"/>, given the
    /// waiting-line lengths in ring order (head first). Empty when the owner is not in the ring.
    /// </summary>
    public static IReadOnlyList<int> Of(IReadOnlyList<(string Owner, long Waiting)> ring, string owner, int count)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var index = -1;
        for (var r = 0; r < ring.Count; r++)
        {
            if (string.Equals(ring[r].Owner, owner, StringComparison.Ordinal))
            {
                index = r;
                break;
            }
        }

        if (index < 0)
        {
            return [];
        }

        var positions = new int[Math.Min(count, (int)Math.Min(int.MaxValue, ring[index].Waiting))];
        for (var i = 0; i < positions.Length; i++)
        {
            long position = 1 + i;
            for (var r = 0; r < ring.Count; r++)
            {
                if (r == index)
                {
                    continue;
                }

                var waiting = ring[r].Waiting;
                position += Math.Min(waiting, i);
                if (r < index && waiting > i)
                {
                    position++;
                }
            }

            positions[i] = (int)Math.Min(int.MaxValue, position);
        }

        return positions;
    }
}
