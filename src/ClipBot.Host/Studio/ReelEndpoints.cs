using System.Text.RegularExpressions;
using ClipBot.Core.Chat;
using ClipBot.Core.Commands;
using ClipBot.Core.Reels;
using ClipBot.Core.Storage;
using ClipBot.Core.Takes;

namespace ClipBot.Host.Studio;

/// <summary>
/// /api/reels: the reels as JSON for the Studio's reel page and for scripts. Every change runs the same
/// command a band admin would type in chat (<c>/reel create</c>, <c>/reel vote --until 2h</c>, <c>/vote</c> …),
/// so the API obeys exactly the rules chat does, and answers a refusal with its words.
/// </summary>
internal static partial class ReelEndpoints
{
    public const int MaxLimit = 100;

    private static readonly Dictionary<string, string> Exports = new(StringComparer.Ordinal)
    {
        ["ballots.csv"] = "text/csv",
        ["credits.txt"] = "text/plain",
        ["shots.json"] = "application/json",
    };

    public static void MapReels(this IEndpointRouteBuilder app)
    {
        var reels = app.MapGroup("/api/reels");
        reels.MapGet("/", ListAsync);
        reels.MapGet("/{id}", GetAsync);
        reels.MapPost("/", CreateAsync).AddEndpointFilter<WriteAccessFilter>();
        reels.MapPost("/{id}/phase", PhaseAsync).AddEndpointFilter<WriteAccessFilter>();
        reels.MapPost("/{id}/slots/{n:int}/brief", BriefAsync).AddEndpointFilter<WriteAccessFilter>();
        reels.MapPost("/{id}/cut", CutAsync).AddEndpointFilter<WriteAccessFilter>();
        reels.MapPost("/{id}/votes", VoteAsync).AddEndpointFilter<WriteAccessFilter>();

        // The ballots name every voter, so exports are for admins, as /reel export is.
        reels.MapGet("/{id}/export/{file}", ExportAsync).AddEndpointFilter<WriteAccessFilter>();
    }

    private static async Task<IResult> ListAsync(int? limit, StudioReels studio, CancellationToken cancellationToken)
    {
        var count = limit ?? 20;
        return count is < 1 or > MaxLimit
            ? Results.BadRequest(new ErrorResponse($"limit must be from 1 to {MaxLimit}."))
            : Results.Ok(await studio.ListAsync(count, cancellationToken));
    }

    private static async Task<IResult> GetAsync(string id, IReelStore store, StudioReels studio, CancellationToken cancellationToken) =>
        await FindAsync(store, id, cancellationToken) is { } reel
            ? Results.Ok(await studio.DescribeAsync(reel, cancellationToken))
            : NoReel(id);

    private static async Task<IResult> CreateAsync(
        HttpContext http, StudioUploads uploads, ICommandDispatcher dispatcher, IReelStore store, StudioReels studio, CancellationToken cancellationToken)
    {
        var (form, refusal) = await uploads.ReadAsync(http, cancellationToken);
        if (form is null)
        {
            return refusal!;
        }

        using (form)
        {
            if (string.IsNullOrWhiteSpace(form.Arguments))
            {
                return Results.BadRequest(new ErrorResponse(
                    $"Give the reel's name and flags in the `{StudioUploads.CommandField}` field, e.g. `Night Drive --slots 6`."));
            }

            if (StudioUser.From(form.User, WriteAccessFilter.IsAdmin(http)) is not { } user)
            {
                return StudioResults.BadUser();
            }

            // Created in the Studio's chat channel, as if typed there: /clip --slot N in the chat box then makes its takes.
            var command = new ChatCommand("reel", "create " + form.Arguments, user, ChannelRef.Studio)
            {
                Attachments = form.Song is { } song ? [song] : [],
            };
            var outcome = await dispatcher.DispatchAsync(command, cancellationToken);
            if (!outcome.Accepted)
            {
                return StudioResults.Refused(outcome);
            }

            var reel = outcome.ReelId is { } created ? await store.GetAsync(created, cancellationToken) : null;
            if (reel is null)
            {
                throw new InvalidOperationException("/reel create was accepted but named no stored reel.");
            }

            return Results.Created($"/api/reels/{reel.Id}", new ReelActionResponse(ReplyDto.From(outcome.Reply), await studio.DescribeAsync(reel, cancellationToken)));
        }
    }

    private static async Task<IResult> PhaseAsync(string id, HttpContext http, ReelActions actions, CancellationToken cancellationToken)
    {
        var request = await StudioJson.ReadAsync<PhaseRequest>(http, cancellationToken);
        if (ReelWire.SubcommandFor(request?.Phase) is not { } subcommand)
        {
            return Results.BadRequest(new ErrorResponse("Send JSON like {\"phase\": \"voting\", \"until\": \"2h\"}; the phase is open, voting or locked."));
        }

        var until = request!.Until?.Trim();
        if (!string.IsNullOrEmpty(until) && !UntilValue().IsMatch(until))
        {
            return Results.BadRequest(new ErrorResponse("`until` is a span like 90m, 2h or 3d, or a UTC time like 2026-12-01T20:00Z."));
        }

        var text = string.IsNullOrEmpty(until) ? $"/reel {subcommand}" : $"/reel {subcommand} --until {until}";
        return await actions.RunAsync(http, id, request.User, text, cancellationToken);
    }

    private static async Task<IResult> BriefAsync(string id, int n, HttpContext http, ReelActions actions, CancellationToken cancellationToken)
    {
        var request = await StudioJson.ReadAsync<BriefRequest>(http, cancellationToken);
        if (request?.Text is null)
        {
            return Results.BadRequest(new ErrorResponse("Send JSON like {\"text\": \"a car on a night road\"}; an empty text clears the brief."));
        }

        return await actions.RunAsync(http, id, request.User, $"/reel brief {n} {request.Text}", cancellationToken, reel =>
            reel.FindSlot(n) is null ? Results.NotFound(new ErrorResponse($"“{reel.Name}” has shots 1 to {reel.Slots.Count}; there is no shot {n}.")) : null);
    }

    private static async Task<IResult> CutAsync(string id, HttpContext http, ReelActions actions, CancellationToken cancellationToken)
    {
        // The body is optional: only who asks. A worker renders the cut, and the page hears of it by a "reel" event.
        var request = await StudioJson.ReadAsync<UserRequest>(http, cancellationToken);
        return await actions.RunAsync(http, id, request?.User, "/reel cut", cancellationToken, later: true);
    }

    private static async Task<IResult> VoteAsync(string id, HttpContext http, ReelActions actions, ITakeStore takes, CancellationToken cancellationToken)
    {
        var request = await StudioJson.ReadAsync<VoteRequest>(http, cancellationToken);
        if (request?.Take is null || !TakeId.TryParse(request.Take.Trim().ToLowerInvariant(), out var takeId))
        {
            return Results.BadRequest(new ErrorResponse("Send JSON like {\"take\": \"abcd2345efgh\", \"user\": \"alex\"}."));
        }

        var take = await takes.GetAsync(takeId, cancellationToken);
        return await actions.RunAsync(http, id, request.User, $"/vote {takeId}", cancellationToken, reel =>
            take?.Reel == reel.Id ? null : Results.NotFound(new ErrorResponse($"“{reel.Name}” has no take {takeId}.")));
    }

    private static async Task<IResult> ExportAsync(string id, string file, HttpContext http, ReelActions actions, CancellationToken cancellationToken)
    {
        if (!Exports.TryGetValue(file, out var contentType))
        {
            return Results.NotFound(new ErrorResponse($"Exports are {string.Join(", ", Exports.Keys)}."));
        }

        var (reel, outcome, refusal) = await actions.DispatchAsync(http, id, null, "/reel export", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var export = outcome!.Reply.Files.Single(f => f.Name.EndsWith("-" + file, StringComparison.Ordinal));
        return Results.File(export.Content, contentType, $"reel-{reel!.Id}-{file}");
    }

    public static async Task<Reel?> FindAsync(IReelStore store, string id, CancellationToken cancellationToken) =>
        ReelId.TryParse(id, out var reelId) ? await store.GetAsync(reelId, cancellationToken) : null;

    public static IResult NoReel(string id) => Results.NotFound(new ErrorResponse($"No reel with id '{StudioText.Shorten(id)}'."));

    // What --until takes, and nothing that could end the flag's value: no spaces, no quotes.
    [GeneratedRegex("^[0-9A-Za-z:+.\\-]{1,40}$", RegexOptions.CultureInvariant)]
    private static partial Regex UntilValue();
}
