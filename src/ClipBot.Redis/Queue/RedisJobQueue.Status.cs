using System.Globalization;
using ClipBot.Core.Queue;
using ClipBot.Core.Takes;
using StackExchange.Redis;

namespace ClipBot.Redis.Queue;

/// <summary>What the queue tells about itself: counts, an owner's jobs with positions, dead letters, workers.</summary>
internal sealed partial class RedisJobQueue
{
    public async Task ReportWorkerAsync(string processId, int slots, TimeSpan aliveFor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(processId);
        ArgumentOutOfRangeException.ThrowIfNegative(slots);
        cancellationToken.ThrowIfCancellationRequested();
        var expires = LeaseTime.Deadline(_time, aliveFor);

        await _scripts.RunAsync(QueueStatusScripts.ReportWorker, processId, slots, expires, LeaseTime.Now(_time));
    }

    public async Task<QueueStatus> GetStatusAsync(string? ownerId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // One read-only script: the counts and the positions come from the same instant.
        var result = (RedisResult[])(await _scripts.RunAsync(QueueStatusScripts.Status, LeaseTime.Now(_time), ownerId ?? string.Empty))!;
        var lines = (RedisResult[])result[0]!;
        var ring = new List<(string Owner, long Waiting)>(lines.Length / 2);
        for (var i = 0; i < lines.Length; i += 2)
        {
            ring.Add((lines[i].ToString(), (long)lines[i + 1]));
        }

        var average = result[4].ToString();
        var ownerJobs = new List<QueuedJob>();
        if (!string.IsNullOrEmpty(ownerId))
        {
            ownerJobs.AddRange(((RedisResult[])result[5]!).Select(id => new QueuedJob(new TakeId(id.ToString()), true, null, null)));
            var waiting = (RedisResult[])result[6]!;
            var positions = FairSharePositions.Of(ring, ownerId, waiting.Length);
            ownerJobs.AddRange(waiting.Select((id, i) => new QueuedJob(new TakeId(id.ToString()), false, i < positions.Count ? positions[i] : null, null)));
            var delayed = (RedisResult[])result[7]!;
            for (var i = 0; i < delayed.Length; i += 2)
            {
                var due = LeaseTime.ToDateTime(LeaseTime.ParseMs(delayed[i + 1].ToString()));
                ownerJobs.Add(new QueuedJob(new TakeId(delayed[i].ToString()), false, null, due));
            }
        }

        return new QueueStatus(
            Waiting: ring.Sum(line => line.Waiting),
            Running: (long)result[1],
            Retrying: (long)result[2],
            WorkerSlots: (int)result[3],
            AverageDuration: string.IsNullOrEmpty(average)
                ? null
                : TimeSpan.FromMilliseconds(double.Parse(average, NumberStyles.Float, CultureInfo.InvariantCulture)),
            OwnerJobs: ownerJobs);
    }

    public async Task<IReadOnlyList<DeadLetter>> ListDeadLettersAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        cancellationToken.ThrowIfCancellationRequested();
        if (count == 0)
        {
            return [];
        }

        var fields = (RedisResult[])(await _scripts.RunAsync(QueueStatusScripts.DeadLetters, count - 1))!;
        var letters = new List<DeadLetter>(fields.Length / 5);
        for (var i = 0; i < fields.Length; i += 5)
        {
            letters.Add(new DeadLetter(
                new TakeId(fields[i].ToString()),
                OwnerId: fields[i + 4].ToString(),
                Reason: fields[i + 2].ToString(),
                Attempts: int.Parse(fields[i + 3].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture),
                At: LeaseTime.ToDateTime(LeaseTime.ParseMs(fields[i + 1].ToString()))));
        }

        return letters;
    }
}
