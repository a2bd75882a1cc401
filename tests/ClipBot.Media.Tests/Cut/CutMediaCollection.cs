namespace ClipBot.Media.Tests.Cut;

/// <summary>The cut tests share one set of takes; they run one after another, as the cache tests count renders.</summary>
[CollectionDefinition(Name)]
public sealed class CutMediaCollection : ICollectionFixture<CutMedia>
{
    public const string Name = "Cut media";
}
