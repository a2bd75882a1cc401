using ClipBot.Core.Queue;
using ClipBot.Core.Storage;

namespace ClipBot.Host.Studio;

/// <summary>GET /api/queue?user=name: what /queue says, as JSON for the page; and the dead letters for the operator.</summary>
internal static class QueueEndpoints
{
    public const int MaxDeadLetters = 100;

    public static void MapQueue(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/queue/dead-letters", async (int? limit, IJobQueue queue, CancellationToken cancellationToken) =>
        {
            var count = limit ?? 20;
            if (count is < 1 or > MaxDeadLetters)
            {
                return Results.BadRequest(new ErrorResponse($"limit must be from 1 to {MaxDeadLetters}."));
            }

            var letters = await queue.ListDeadLettersAsync(count, cancellationToken);
            return Results.Ok(letters.Select(d => new { takeId = d.TakeId.Value, owner = d.OwnerId, d.Reason, d.Attempts, d.At }));
        });

        app.MapGet("/api/queue", async (string? user, IJobQueue queue, ITakeStore store, CancellationToken cancellationToken) =>
        {
            var owner = user is null ? null : StudioUser.From(user, isAdmin: false);
            if (user is not null && owner is null)
            {
                return StudioResults.BadUser();
            }

            var status = await queue.GetStatusAsync(owner?.Id, cancellationToken);
            var jobs = new List<QueuedJobDto>(status.OwnerJobs.Count);
            foreach (var job in status.OwnerJobs)
            {
                jobs.Add(QueuedJobDto.From(job, await store.GetAsync(job.TakeId, cancellationToken), status));
            }

            return Results.Ok(new QueueDto(status.Waiting, status.Running, status.Retrying, status.WorkerSlots, status.AverageDuration?.TotalSeconds, jobs));
        });
    }
}
