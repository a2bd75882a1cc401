using ClipBot.Core.Media;
using ClipBot.Core.Takes;
using Moq;

namespace ClipBot.Core.Tests.Pipeline;

public sealed partial class TakeProcessorTests
{
    [Fact]
    public async Task ProcessAsync_Posted_WorkDirectoryDeleted()
    {
        var take = Seed(TakeStatus.Queued);
        var processor = CreateProcessor();

        await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        var workDirectory = Assert.Single(_workDirectories);
        Assert.Equal(Path.Combine(_dataPath, "work", take.Id.Value), workDirectory);
        Assert.False(Directory.Exists(workDirectory), "The work directory outlived the job.");
    }

    [Fact]
    public async Task ProcessAsync_Failed_WorkDirectoryDeleted()
    {
        var take = Seed(TakeStatus.Queued);
        _ingest.Setup(i => i.IngestAsync(It.IsAny<TakeId>(), It.IsAny<string>(), It.IsAny<IngestProfile>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("disk full"));
        var processor = CreateProcessor();

        var outcome = await processor.ProcessAsync(Lease(take), Owned, CancellationToken.None);

        Assert.NotNull(outcome.Failure);
        Assert.False(Directory.Exists(Assert.Single(_workDirectories)), "The work directory outlived the job.");
    }
}
