namespace ClipBot.Media.Arguments;

/// <summary>The animated preview's format: WebP is several times smaller; GIF plays everywhere and every ffmpeg writes it.</summary>
internal enum PreviewFormat
{
    WebP,
    Gif,
}
