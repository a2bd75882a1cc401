using System.Text;

namespace ClipBot.Discord.Tests.Fakes;

/// <summary>One part of a multipart request as it arrived: <c>payload_json</c>, or a <c>files[n]</c> with its bytes.</summary>
/// <param name="ContentDisposition">The header as sent, to compare with F-D8 to the letter.</param>
internal sealed record FakeDiscordRestPart(string Name, string? FileName, string? ContentType, string ContentDisposition, ReadOnlyMemory<byte> Content)
{
    public string Text => Encoding.UTF8.GetString(Content.Span);
}
