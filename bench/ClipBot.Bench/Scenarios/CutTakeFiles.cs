namespace ClipBot.Bench.Scenarios;

/// <summary>An ingested take of the workload: its id, its two renditions (relative to the media folder) and its slot.</summary>
internal sealed record CutTakeFiles(string TakeId, string VideoFile, string DeliveryFile, double SlotSeconds);
