namespace ClipBot.Core.Chat;

/// <summary>
/// A file that came with a command (a reel's song), already saved by the adapter to a local file. The
/// name is the uploader's and only ever shown; ClipBot stores the content under a name it generates.
/// </summary>
public sealed record ChatAttachment(string FileName, string LocalPath, long Bytes);
