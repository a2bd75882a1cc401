using ClipBot.Core.Takes;

namespace ClipBot.Host.Studio;

/// <summary>A take as the Studio API and its live events show it.</summary>
internal sealed record TakeDto(
    string Id,
    string Status,
    string Prompt,
    uint Seed,
    string Aspect,
    int DurationSeconds,
    string Camera,
    int Motion,
    string? Negative,
    string? Style,
    int? Slot,
    string Author,
    string Provider,
    int Progress,
    string? VideoUrl,
    string? PosterUrl,
    int? Width,
    int? Height,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static TakeDto From(Take take)
    {
        ArgumentNullException.ThrowIfNull(take);
        var p = take.Parameters;
        var files = take.Artifacts;
        var hasMedia = files is not null && take.Status is TakeStatus.Ready or TakeStatus.Posted;
        return new TakeDto(
            take.Id.Value,
            take.Status.ToWire(),
            p.Prompt,
            p.Seed,
            p.Aspect.ToWire(),
            p.DurationSeconds,
            p.Camera.ToWire(),
            p.Motion,
            p.Negative,
            p.Style,
            p.Slot,
            take.Author.DisplayName,
            take.Provider,
            take.Progress,
            hasMedia ? MediaEndpoints.UrlOf(files!.VideoFile) : null,
            hasMedia ? MediaEndpoints.UrlOf(files!.PosterFile) : null,
            files?.Width,
            files?.Height,
            take.FailureReason,
            take.CreatedAt,
            take.UpdatedAt);
    }
}
