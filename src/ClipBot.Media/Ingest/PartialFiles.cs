using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Ingest;

/// <summary>
/// Temporary names beside the final ones. Files are written under these and renamed at the end, so a
/// reader never sees a half-written video under the take's name; whatever is left over is deleted.
/// </summary>
internal sealed class PartialFiles(string folder, ILogger logger) : IDisposable
{
    private readonly List<string> _paths = [];

    /// <summary>A hidden name in the same folder (a rename within one file system is atomic).</summary>
    public string Create(string finalName)
    {
        var path = Path.Combine(folder, $".{finalName}.{Guid.NewGuid():N}.partial");
        _paths.Add(path);
        return path;
    }

    /// <summary>Moves a finished file into place, replacing an older one of the same take.</summary>
    public string Publish(string partialPath, string finalName)
    {
        var finalPath = Path.Combine(folder, finalName);
        File.Move(partialPath, finalPath, overwrite: true);
        _paths.Remove(partialPath);
        return finalPath;
    }

    public void Dispose()
    {
        foreach (var path in _paths)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException exception)
            {
                logger.TempFileNotDeleted(exception, path);
            }
            catch (UnauthorizedAccessException exception)
            {
                logger.TempFileNotDeleted(exception, path);
            }
        }
    }
}
