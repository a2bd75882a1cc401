using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using ClipBot.Discord.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace ClipBot.Discord.Tests.Fakes;

/// <summary>The fake's serving side: its routes, the answer to each request, and how a request is read.</summary>
internal sealed partial class FakeDiscordRest
{
    private void MapRoutes(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiPath);
        Map(api, "POST", "/interactions/{interactionId}/{interactionToken}/callback", FakeDiscordRestRoute.InteractionCallback);
        Map(api, "PATCH", "/webhooks/{applicationId}/{interactionToken}/messages/@original", FakeDiscordRestRoute.EditOriginal);
        Map(api, "POST", "/webhooks/{applicationId}/{interactionToken}", FakeDiscordRestRoute.FollowUp);
        Map(api, "POST", "/channels/{channelId}/messages", FakeDiscordRestRoute.CreateMessage);
        Map(api, "DELETE", "/channels/{channelId}/messages/{messageId}", FakeDiscordRestRoute.DeleteMessage);
        Map(api, "PUT", "/applications/{applicationId}/commands", FakeDiscordRestRoute.OverwriteGlobalCommands);
        Map(api, "PUT", "/applications/{applicationId}/guilds/{guildId}/commands", FakeDiscordRestRoute.OverwriteGuildCommands);
        Map(api, "GET", "/gateway/bot", FakeDiscordRestRoute.GatewayBot);
        app.MapFallback(context => HandleAsync(context, FakeDiscordRestRoute.Other));
    }

    private void Map(IEndpointRouteBuilder api, string method, string pattern, FakeDiscordRestRoute route) =>
        api.MapMethods(pattern, [method], (RequestDelegate)(context => HandleAsync(context, route)));

    private async Task HandleAsync(HttpContext context, FakeDiscordRestRoute route)
    {
        var request = await ReadAsync(context, route);
        var response = Answer(request);
        if (response.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up (its timeout, or cancelled); nobody reads the answer.
                return;
            }
        }

        var (status, body, contentType) = response.Status is { } programmed
            ? (programmed, response.Body, response.ContentType)
            : DefaultSuccess(request);
        context.Response.StatusCode = status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (!string.IsNullOrEmpty(body))
        {
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        }
    }

    private FakeDiscordRestResponse Answer(FakeDiscordRestRequest request)
    {
        var botRoute = request.Route is FakeDiscordRestRoute.CreateMessage or FakeDiscordRestRoute.OverwriteGlobalCommands
            or FakeDiscordRestRoute.OverwriteGuildCommands or FakeDiscordRestRoute.GatewayBot;
        if (botRoute && RequiredToken is { } token && request.Authorization != $"Bot {token}")
        {
            return FakeDiscordRestResponse.Unauthorized();
        }

        lock (_gate)
        {
            if (_queued.TryGetValue(request.Route, out var queue) && queue.TryDequeue(out var queued))
            {
                return queued;
            }
        }

        if (Responder?.Invoke(request) is { } answered)
        {
            return answered;
        }

        lock (_gate)
        {
            return _defaults.TryGetValue(request.Route, out var fallback) ? fallback : FakeDiscordRestResponse.Success;
        }
    }

    private (int Status, string Body, string ContentType) DefaultSuccess(FakeDiscordRestRequest request)
    {
        const string json = "application/json";
        return request.Route switch
        {
            FakeDiscordRestRoute.InteractionCallback or FakeDiscordRestRoute.DeleteMessage => (204, "", json),
            FakeDiscordRestRoute.EditOriginal or FakeDiscordRestRoute.FollowUp =>
                (200, FakeDiscordRestBodies.Message(request, NextId(), WebhookChannelId, ApplicationId).ToJsonString(), json),
            FakeDiscordRestRoute.CreateMessage =>
                (200, FakeDiscordRestBodies.Message(request, NextId(), request.RouteValue("channelId")!, ApplicationId).ToJsonString(), json),
            FakeDiscordRestRoute.OverwriteGlobalCommands or FakeDiscordRestRoute.OverwriteGuildCommands =>
                (200, FakeDiscordRestBodies.Commands(request, NextId, ApplicationId).ToJsonString(), json),
            FakeDiscordRestRoute.GatewayBot => (200, FakeDiscordRestBodies.GatewayBot(GatewayUrl).ToJsonString(), json),
            _ => (404, FakeDiscordRestBodies.NotFound().ToJsonString(), json),
        };
    }

    private string NextId() => Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);

    private async Task<FakeDiscordRestRequest> ReadAsync(HttpContext context, FakeDiscordRestRoute route)
    {
        var http = context.Request;
        using var buffer = new MemoryStream();
        await http.Body.CopyToAsync(buffer, context.RequestAborted);
        var raw = buffer.ToArray();
        var request = new FakeDiscordRestRequest(
            route,
            http.Method,
            http.Path.Value ?? "",
            http.QueryString.Value ?? "",
            http.RouteValues.ToDictionary(value => value.Key, value => Convert.ToString(value.Value, CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal),
            http.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            http.ContentType,
            raw,
            await ReadPartsAsync(http.ContentType, raw),
            _clock.Elapsed);
        Record(request);
        return request;
    }

    private static async Task<IReadOnlyList<FakeDiscordRestPart>> ReadPartsAsync(string? contentType, byte[] raw)
    {
        if (contentType is null
            || !MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var parts = new List<FakeDiscordRestPart>();
        var reader = new MultipartReader(HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value!, new MemoryStream(raw));
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = section.ContentDisposition ?? "";
            var parsed = ContentDispositionHeaderValue.TryParse(disposition, out var value) ? value : null;
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            parts.Add(new FakeDiscordRestPart(
                HeaderUtilities.RemoveQuotes(parsed?.Name ?? default).Value ?? "",
                parsed?.FileName.HasValue == true ? HeaderUtilities.RemoveQuotes(parsed.FileName).Value : null,
                section.ContentType,
                disposition,
                content.ToArray()));
        }

        return parts;
    }
}
