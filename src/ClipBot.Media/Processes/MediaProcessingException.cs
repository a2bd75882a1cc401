namespace ClipBot.Media.Processes;

/// <summary>
/// ffmpeg or ffprobe failed where it should not have: a crash, a timeout, a missing output. The message
/// holds the command line and the stderr tail, so it is for logs only and never for chat.
/// </summary>
internal sealed class MediaProcessingException : Exception
{
    public MediaProcessingException()
    {
    }

    public MediaProcessingException(string message)
        : base(message)
    {
    }

    public MediaProcessingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
