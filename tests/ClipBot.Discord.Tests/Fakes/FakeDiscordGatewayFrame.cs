using System.Text.Json;

namespace ClipBot.Discord.Tests.Fakes;

/// <summary>A frame the client sent to the <see cref="FakeDiscordGateway"/>.</summary>
/// <param name="Connection">The connection's index, 0 for the first.</param>
/// <param name="Op">The frame's <c>op</c>.</param>
/// <param name="Data">The frame's <c>d</c> (cloned; <see cref="JsonValueKind.Undefined"/> when absent).</param>
/// <param name="Json">The frame's exact text.</param>
/// <param name="At">When it arrived, from the fake's start.</param>
internal sealed record FakeDiscordGatewayFrame(int Connection, int Op, JsonElement Data, string Json, TimeSpan At);
