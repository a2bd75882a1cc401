using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Cut;

/// <summary>Clean-up that must not turn a finished cut into a failure.</summary>
internal static class CutFiles
{
    /// <returns>Whether the file is gone.</returns>
    public static bool TryDelete(string path, ILogger logger)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException exception)
        {
            logger.FileNotDeleted(exception, path);
        }
        catch (UnauthorizedAccessException exception)
        {
            logger.FileNotDeleted(exception, path);
        }

        return false;
    }

    /// <returns>Whether the folder is gone.</returns>
    public static bool TryDeleteFolder(string path, ILogger logger, bool recursive = true)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive);
            }

            return true;
        }
        catch (IOException exception)
        {
            logger.FileNotDeleted(exception, path);
        }
        catch (UnauthorizedAccessException exception)
        {
            logger.FileNotDeleted(exception, path);
        }

        return false;
    }
}
