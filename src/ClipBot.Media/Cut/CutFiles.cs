using Microsoft.Extensions.Logging;

namespace ClipBot.Media.Cut;

/// <summary>Clean-up that must not turn a finished cut into a failure.</summary>
internal static class CutFiles
{
    public static void TryDelete(string path, ILogger logger)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException exception)
        {
            logger.FileNotDeleted(exception, path);
        }
        catch (UnauthorizedAccessException exception)
        {
            logger.FileNotDeleted(exception, path);
        }
    }

    public static void TryDeleteFolder(string path, ILogger logger)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException exception)
        {
            logger.FileNotDeleted(exception, path);
        }
        catch (UnauthorizedAccessException exception)
        {
            logger.FileNotDeleted(exception, path);
        }
    }
}
