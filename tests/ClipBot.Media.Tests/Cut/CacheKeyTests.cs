using ClipBot.Core.Cuts;
using ClipBot.Media.Cut;
using ClipBot.Media.Tests.Support;

namespace ClipBot.Media.Tests.Cut;

public sealed class CacheKeyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Source_CardTouchedByACut_StaysTheSame()
    {
        var card = Write("full-0123abcd.mp4");
        var before = CacheKey.Source(CutShot.Card("slot-3", 1, "Shot 3", null), card);

        File.SetLastWriteTimeUtc(card, DateTime.UtcNow.AddMinutes(5));

        Assert.Equal(before, CacheKey.Source(CutShot.Card("slot-3", 1, "Shot 3", null), card));
        Assert.Equal("card:full-0123abcd", before);
    }

    [Fact]
    public void Source_TakeWrittenAgain_Changes()
    {
        var take = Write("take.mp4");
        var shot = new CutShot("take1", "take.mp4", null, 1, "T", "A", "P", 1);
        var before = CacheKey.Source(shot, take);

        File.SetLastWriteTimeUtc(take, DateTime.UtcNow.AddMinutes(5));

        Assert.NotEqual(before, CacheKey.Source(shot, take));
        Assert.StartsWith("take:take1", before, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private string Write(string name)
    {
        var path = _folder.File(name);
        File.WriteAllBytes(path, [1, 2, 3]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-1));
        return path;
    }
}
