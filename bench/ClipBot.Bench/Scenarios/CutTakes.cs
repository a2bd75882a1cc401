using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClipBot.Core.Media;
using ClipBot.Core.Songs;
using ClipBot.Core.Takes;

namespace ClipBot.Bench.Scenarios;

/// <summary>
/// Brings the workload in as the app does: the song through the song library, each clip through the real
/// ingest (IMediaIngest) at the reel's canvas, slot and delivery budget, timing every clip. With
/// --reuse-ingest, the takes and timings of the last run are read back instead.
/// </summary>
internal static class CutTakes
{
    private const string ManifestName = "takes.json";

    public static async Task<CutTakesManifest> PrepareAsync(
        CutBenchKit kit, IReadOnlyList<CutSource> sources, string songSource, Canvas canvas, double creditsSeconds, long capBytes,
        bool reuse, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(kit.Data.FullPath, ManifestName);
        if (reuse && File.Exists(manifestPath)
            && JsonSerializer.Deserialize<CutTakesManifest>(await File.ReadAllTextAsync(manifestPath, cancellationToken)) is { } saved
            && saved.Takes.All(take => take.SlotSeconds > 0 && File.Exists(Path.Combine(kit.Data.MediaPath, take.VideoFile))))
        {
            return saved with { Reused = true };
        }

        // A fresh ingest starts from an empty data folder: no take, cached crossfade or credits card of an earlier run.
        if (Directory.Exists(kit.Data.FullPath))
        {
            Directory.Delete(kit.Data.FullPath, recursive: true);
        }

        var imported = await kit.Songs.ImportAsync(songSource, cancellationToken);
        if (!imported.IsSuccess)
        {
            throw new InvalidOperationException($"The song was refused: {imported.Error.Message}");
        }

        var song = imported.Value;
        // The delivery cut muxes the song's small copy, so the budget sets aside that copy's real bit rate.
        var songBytes = new FileInfo(Path.Combine(kit.Data.MediaPath, song.DeliveryFile ?? song.File)).Length;
        var audioBitsPerSecond = (long)(songBytes * 8 / song.DurationSeconds);
        var slot = (song.DurationSeconds - creditsSeconds) / sources.Count;
        var budget = IngestProfile.DeliveryBudget(capBytes, song.DurationSeconds, audioBitsPerSecond);

        // Slots in whole frames, rounded on the running total as a reel's shot list would be: a take trimmed to
        // its own rounded length could otherwise come out a frame short of its place in the timeline.
        var bounds = Enumerable.Range(0, sources.Count + 1).Select(i => (int)Math.Round(slot * i * canvas.Fps, MidpointRounding.AwayFromZero)).ToArray();

        var takes = new List<CutTakeFiles>();
        var seconds = new List<double>();
        foreach (var source in sources)
        {
            var id = new TakeId(string.Create(CultureInfo.InvariantCulture, $"cutbenchta{Letter(source.Index / 32)}{Letter(source.Index % 32)}"));
            var slotSeconds = (double)(bounds[source.Index + 1] - bounds[source.Index]) / canvas.Fps;
            var watch = Stopwatch.StartNew();
            var result = await kit.Ingest.IngestAsync(id, source.Path, new IngestProfile(canvas, slotSeconds, budget), cancellationToken);
            seconds.Add(watch.Elapsed.TotalSeconds);
            if (!result.IsSuccess || result.Value.DeliveryFile is null)
            {
                throw new InvalidOperationException($"Ingest refused {source.Path}: {result.Error?.Message ?? "no delivery rendition"}");
            }

            takes.Add(new CutTakeFiles(id.Value, result.Value.VideoFile, result.Value.DeliveryFile, slotSeconds));
        }

        var manifest = new CutTakesManifest(song, audioBitsPerSecond, budget, slot, takes, seconds, Reused: false);
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest), cancellationToken);
        return manifest;
    }

    private static char Letter(int value) => "abcdefghijkmnpqrstuvwxyz23456789"[value];
}
