namespace ClipBot.Discord.Tests.EndToEnd;

/// <summary>The whole loop keeps ffmpeg busy: these run after the rest and one at a time, so 2 cores suffice.</summary>
[CollectionDefinition(nameof(EndToEndCollection), DisableParallelization = true)]
public sealed class EndToEndCollection;
