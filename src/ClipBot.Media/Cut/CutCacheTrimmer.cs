using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Cut;

/// <summary>
/// Keeps the cut's cache under its cap. Crossfades, slot cards and credits cards go least recently used
/// first (a cut touches every cached piece it plays), never those of the cut just rendered. What crashed renders left
/// behind (scratch folders, half-written pieces) goes once nothing has written to it for an hour.
/// </summary>
internal sealed class CutCacheTrimmer(TimeProvider time, ILogger logger)
{
    /// <summary>How long a render's own files may sit untouched before they count as a crash's leftovers.</summary>
    /// <remarks>Every ffmpeg run of a render times out long before this, so a live render's files are never this old.</remarks>
    public static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);

    /// <summary>Marks pieces as used by a cut now, so that they are the last to go.</summary>
    public void Touch(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var path in paths)
        {
            try
            {
                File.SetLastWriteTimeUtc(path, now);
            }
            catch (IOException exception)
            {
                logger.CacheEntryNotTouched(exception, path);
            }
            catch (UnauthorizedAccessException exception)
            {
                logger.CacheEntryNotTouched(exception, path);
            }
        }
    }

    /// <summary>Deletes cached pieces, oldest first, until they take at most <paramref name="capBytes"/>, and crashes' leftovers.</summary>
    /// <param name="keep">The pieces the cut just played: they stay even when they alone are over the cap.</param>
    public void Trim(CutFolders folders, long capBytes, IEnumerable<string> keep)
    {
        ArgumentNullException.ThrowIfNull(folders);
        ArgumentNullException.ThrowIfNull(keep);
        ArgumentOutOfRangeException.ThrowIfNegative(capBytes);

        var kept = keep.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        var staleBefore = time.GetUtcNow().UtcDateTime - LeftoverAge;
        try
        {
            var leftovers = DeleteLeftovers(folders, staleBefore);
            var pieces = Pieces(folders).OrderBy(piece => piece.LastWriteTimeUtc).ThenBy(piece => piece.FullName, StringComparer.Ordinal).ToList();
            var total = pieces.Sum(piece => piece.Length);
            var deleted = 0;
            var freed = 0L;
            foreach (var piece in pieces)
            {
                if (total <= capBytes)
                {
                    break;
                }

                // A file that will not go is skipped: the next oldest frees the space instead.
                if (!kept.Contains(piece.FullName) && CutFiles.TryDelete(piece.FullName, logger))
                {
                    deleted++;
                    freed += piece.Length;
                    total -= piece.Length;
                }
            }

            leftovers += DeleteEmptyCreditsFolders(folders, staleBefore);
            if (deleted > 0 || leftovers > 0)
            {
                logger.CacheTrimmed(deleted, freed, leftovers, total, capBytes);
            }

            if (total > capBytes)
            {
                logger.CacheOverCap(total, capBytes);
            }
        }
        catch (IOException exception)
        {
            // Another render's trim may delete what this one is listing; the next cut trims again.
            logger.CacheTrimFailed(exception);
        }
        catch (UnauthorizedAccessException exception)
        {
            logger.CacheTrimFailed(exception);
        }
    }

    /// <summary>The crossfades and cards; not the files renders are still writing (their names start with a dot).</summary>
    private static IEnumerable<FileInfo> Pieces(CutFolders folders) => CacheFiles(folders).Where(file => !file.Name.StartsWith('.'));

    /// <summary>Every file in the folders of cached pieces, finished or still being written.</summary>
    private static IEnumerable<FileInfo> CacheFiles(CutFolders folders) =>
        Files(folders.Transitions).Concat(Files(folders.Cards)).Concat(Files(folders.AllCredits));

    /// <summary>Scratch folders and half-written pieces that no live render can still own.</summary>
    private int DeleteLeftovers(CutFolders folders, DateTime staleBefore)
    {
        var count = 0;
        foreach (var work in Folders(folders.Work).Where(work => LastWrite(work) < staleBefore))
        {
            count += CutFiles.TryDeleteFolder(work.FullName, logger) ? 1 : 0;
        }

        var partials = CacheFiles(folders).Where(file => file.Name.StartsWith('.') && file.LastWriteTimeUtc < staleBefore);
        foreach (var partial in partials)
        {
            count += CutFiles.TryDelete(partial.FullName, logger) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The folders of cuts whose cards are all gone; only old ones, as a render may have just made one to write into.</summary>
    private int DeleteEmptyCreditsFolders(CutFolders folders, DateTime staleBefore)
    {
        var count = 0;
        foreach (var folder in Folders(folders.AllCredits).Where(folder => folder.LastWriteTimeUtc < staleBefore))
        {
            if (!folder.EnumerateFileSystemInfos().Any())
            {
                count += CutFiles.TryDeleteFolder(folder.FullName, logger, recursive: false) ? 1 : 0;
            }
        }

        return count;
    }

    /// <summary>When anything in a scratch folder was last written: the folder's own time misses a file written in place.</summary>
    private static DateTime LastWrite(DirectoryInfo folder)
    {
        try
        {
            return folder.EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
                .Select(entry => entry.LastWriteTimeUtc)
                .Append(folder.LastWriteTimeUtc)
                .Max();
        }
        catch (DirectoryNotFoundException)
        {
            // Its render finished and deleted it while this trim was listing.
            return DateTime.MaxValue;
        }
    }

    private static IEnumerable<FileInfo> Files(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories) : [];

    private static IEnumerable<DirectoryInfo> Folders(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateDirectories() : [];
}
