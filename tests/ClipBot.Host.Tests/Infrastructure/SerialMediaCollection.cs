namespace ClipBot.Host.Tests.Infrastructure;

/// <summary>
/// Tests that keep ffmpeg busy for most of a minute run in this collection: after the others and alone,
/// so on 2 cores they neither starve the rest of the suite nor are starved by it.
/// </summary>
[CollectionDefinition(nameof(SerialMediaCollection), DisableParallelization = true)]
public sealed class SerialMediaCollection;
