namespace ClipBot.Media.Ingest;

/// <summary>Where one ingest run writes: temporary names, renamed into place only once all are good.</summary>
internal sealed record IngestOutputs(string Mezzanine, string Poster, string Preview, string? Delivery);
