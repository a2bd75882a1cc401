namespace ClipBot.Bench.Scenarios;

/// <summary>An ingested take of the workload: its id and its two renditions, relative to the media folder.</summary>
internal sealed record CutTakeFiles(string TakeId, string VideoFile, string DeliveryFile);
