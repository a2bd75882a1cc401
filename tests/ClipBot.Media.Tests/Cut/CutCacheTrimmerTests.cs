using ClipBot.Media.Cut;
using ClipBot.Media.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ClipBot.Media.Tests.Cut;

public sealed class CutCacheTrimmerTests : IDisposable
{
    private const int PieceBytes = 1000;

    private readonly TempFolder _media = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly CutLogs<CutCacheTrimmer> _logs = new();
    private readonly CutFolders _folders;
    private readonly CutCacheTrimmer _trimmer;

    public CutCacheTrimmerTests()
    {
        _folders = new CutFolders(_media.Path);
        _trimmer = new CutCacheTrimmer(_time, _logs);
    }

    [Fact]
    public void Trim_UnderCap_DeletesNothing()
    {
        string[] pieces = [Transition("a", Hours(3)), Transition("b", Hours(2)), Card("reel", Hours(1))];

        _trimmer.Trim(_folders, 3 * PieceBytes, []);

        Assert.Equal(Sorted(pieces), Remaining());
        Assert.Empty(_logs.Lines);
    }

    [Fact]
    public void Trim_OverCap_DeletesOldestFirstUntilUnder()
    {
        Transition("a", Hours(4));
        Transition("b", Hours(3));
        var c = Transition("c", Hours(1));
        Card("old-reel", Hours(2));
        var newCard = Card("new-reel", Minutes(30));

        _trimmer.Trim(_folders, (2 * PieceBytes) + 500, []);

        Assert.Equal(Sorted(c, newCard), Remaining());
    }

    [Fact]
    public void Trim_OverCap_LogsWhatItDeleted()
    {
        Transition("a", Hours(3));
        Transition("b", Hours(2));
        Transition("c", Hours(1));

        _trimmer.Trim(_folders, PieceBytes, []);

        var line = Assert.Single(_logs.Lines);
        Assert.StartsWith("CutCacheTrimmed:", line, StringComparison.Ordinal);
        Assert.Contains("2 pieces deleted (2000 bytes)", line, StringComparison.Ordinal);
        Assert.Contains("1000 bytes left of 1000", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Trim_OverCap_DeletesOldSlotCardsWithTheOtherPieces()
    {
        var oldSlot = SlotCard("old", Hours(4));
        var transition = Transition("a", Hours(3));
        var newSlot = SlotCard("new", Hours(1));
        var stale = Write(Path.Combine(_folders.Cards, ".full-x.mp4.1.partial"), Hours(2), PieceBytes);

        _trimmer.Trim(_folders, 2 * PieceBytes, []);

        Assert.Equal(Sorted(transition, newSlot), Remaining());
        Assert.False(File.Exists(oldSlot));
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void Trim_KeptFileIsOldest_KeepsItAndDeletesTheNextOldest()
    {
        var kept = Transition("a", Hours(4));
        Transition("b", Hours(3));
        var c = Transition("c", Hours(2));

        _trimmer.Trim(_folders, 2 * PieceBytes, [kept]);

        Assert.Equal(Sorted(kept, c), Remaining());
    }

    [Fact]
    public void Trim_KeptFilesAloneOverCap_KeepsThemAndWarns()
    {
        var kept = new[] { Transition("a", Hours(3)), Card("reel", Hours(2)) };
        Transition("b", Hours(1));

        _trimmer.Trim(_folders, 0, kept);

        Assert.Equal(Sorted(kept), Remaining());
        Assert.Contains(_logs.Lines, line => line.StartsWith("CutCacheOverCap:", StringComparison.Ordinal));
    }

    [Fact]
    public void Touch_UsedPiece_IsTheLastToGo()
    {
        var used = Transition("a", Hours(4));
        Transition("b", Hours(3));
        _trimmer.Touch([used]);

        _trimmer.Trim(_folders, PieceBytes, []);

        Assert.Equal([used], Remaining());
        Assert.Equal(_time.GetUtcNow().UtcDateTime, File.GetLastWriteTimeUtc(used));
    }

    [Fact]
    public void Trim_StaleWorkFolders_DeletesThemAndKeepsFreshOnes()
    {
        var stale = Work("stale", Hours(2), Hours(2));
        var written = Work("written", Hours(2), Minutes(5));
        var fresh = Work("fresh", Minutes(10), Minutes(10));

        _trimmer.Trim(_folders, 0, []);

        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(written));
        Assert.True(Directory.Exists(fresh));
    }

    [Fact]
    public void Trim_HalfWrittenPieces_DeletesOnlyThoseNoRenderCanStillOwn()
    {
        var stale = Write(Path.Combine(_folders.Transitions, ".batch-1-0000.mp4"), Hours(2), PieceBytes);
        var writing = Write(Path.Combine(_folders.Credits("reel"), ".full-x.mp4.1.partial"), Minutes(1), PieceBytes);

        _trimmer.Trim(_folders, 0, []);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(writing));
    }

    [Fact]
    public void Trim_OldEmptyCreditsFolder_IsDeleted()
    {
        var card = Card("gone-reel", Hours(3));
        var folder = Path.GetDirectoryName(card)!;
        File.Delete(card);
        Directory.SetLastWriteTimeUtc(folder, (_time.GetUtcNow() - Hours(2)).UtcDateTime);
        var emptied = Path.GetDirectoryName(Card("emptied-reel", Hours(3)))!;

        _trimmer.Trim(_folders, 0, []);

        Assert.False(Directory.Exists(folder));
        Assert.True(Directory.Exists(emptied), "a folder emptied just now may be about to get a new card");
    }

    [Fact]
    public void Trim_NoCacheYet_DoesNothing()
    {
        _trimmer.Trim(_folders, 0, []);

        Assert.False(Directory.Exists(_folders.Cache));
        Assert.Empty(_logs.Lines);
    }

    public void Dispose() => _media.Dispose();

    private static TimeSpan Hours(int hours) => TimeSpan.FromHours(hours);

    private static TimeSpan Minutes(int minutes) => TimeSpan.FromMinutes(minutes);

    private string Transition(string name, TimeSpan age) => Write(Path.Combine(_folders.Transitions, $"{name}.mp4"), age, PieceBytes);

    private string SlotCard(string name, TimeSpan age) => Write(Path.Combine(_folders.Cards, $"full-{name}.mp4"), age, PieceBytes);

    private string Card(string cutId, TimeSpan age) => Write(Path.Combine(_folders.Credits(cutId), $"full-{cutId}.mp4"), age, PieceBytes);

    /// <summary>A scratch folder holding one file, each last written <paramref name="folderAge"/> and <paramref name="fileAge"/> ago.</summary>
    private string Work(string name, TimeSpan folderAge, TimeSpan fileAge)
    {
        var folder = Path.Combine(_folders.Work, name);
        Write(Path.Combine(folder, "cut.ffconcat"), fileAge, 10);
        Directory.SetLastWriteTimeUtc(folder, (_time.GetUtcNow() - folderAge).UtcDateTime);
        return folder;
    }

    private string Write(string path, TimeSpan age, int bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, new byte[bytes]);
        File.SetLastWriteTimeUtc(path, (_time.GetUtcNow() - age).UtcDateTime);
        return path;
    }

    private static List<string> Sorted(params string[] paths) => [.. paths.Order(StringComparer.Ordinal)];

    /// <summary>The crossfades and cards still in the cache, in path order.</summary>
    private List<string> Remaining() =>
        [.. new[] { _folders.Transitions, _folders.Cards, _folders.AllCredits }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.mp4", SearchOption.AllDirectories))
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal)];
}
