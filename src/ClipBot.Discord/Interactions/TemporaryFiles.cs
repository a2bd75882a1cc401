using ClipBot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// Scratch files of the Discord adapter (songs downloaded for a command, files of a reply, fitted videos), under
/// the work folder with generated names: a name a user sent is only ever shown, never used as a path.
/// </summary>
internal static class TemporaryFiles
{
    public static string NewPath(DataOptions data, string extension)
    {
        ArgumentNullException.ThrowIfNull(data);
        var folder = Path.Combine(data.WorkPath, "discord");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, $"{Guid.NewGuid():N}.{extension}");
    }

    public static void Delete(string path, ILogger logger)
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
}
