using ClipBot.Discord.Http;
using ClipBot.Discord.Interactions;
using Microsoft.Extensions.Options;

namespace ClipBot.Discord;

/// <summary>
/// Checks the "Discord" section at start when a token is set (without one the adapter does not run, and nothing
/// else matters); every message names the key to fix.
/// </summary>
internal sealed class DiscordOptionsValidator : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!Snowflake.TryParse(options.ApplicationId, out _))
        {
            failures.Add("Discord:ApplicationId must be the application's id (its digits, from the developer portal) when Discord:Token is set.");
        }

        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add("Discord:Mode must be Gateway or Http.");
        }

        if (options.Mode == DiscordMode.Http && !InteractionSignature.IsPublicKey(options.PublicKey))
        {
            failures.Add("Discord:PublicKey must be the application's public key, 64 hex characters from the developer portal, in Http mode.");
        }

        if (!IsUrl(options.ApiBaseUrl, "https", "http"))
        {
            failures.Add("Discord:ApiBaseUrl must be an http(s) URL, e.g. https://discord.com/api/v10.");
        }

        if (options.GatewayUrl.Length > 0 && !IsUrl(options.GatewayUrl, "wss", "ws"))
        {
            failures.Add("Discord:GatewayUrl must be empty (ask Discord) or a ws(s) URL, e.g. wss://gateway.discord.gg.");
        }

        if (options.StudioBaseUrl.Length > 0 && !IsUrl(options.StudioBaseUrl, "https", "http"))
        {
            failures.Add("Discord:StudioBaseUrl must be empty or the Studio's public http(s) URL, e.g. https://clipbot.example.com.");
        }

        if (options.AdminRoleIds.Any(id => !Snowflake.TryParse(id, out _)))
        {
            failures.Add("Discord:AdminRoleIds must hold role ids (their digits; Discord shows them with Developer Mode on).");
        }

        if (options.ShardId >= options.ShardCount)
        {
            failures.Add("Discord:ShardId must be below Discord:ShardCount (shards count from 0).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsUrl(string text, params string[] schemes) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && schemes.Contains(url.Scheme, StringComparer.OrdinalIgnoreCase);
}
