namespace ClipBot.Discord.Commands;

/// <summary>A file an ATTACHMENT option points at: Discord has it on its CDN; <see cref="FileName"/> is the uploader's and only shown.</summary>
internal sealed record ResolvedAttachment(string Id, string FileName, long Bytes, string Url);
