using System.ComponentModel.DataAnnotations;

namespace ClipBot.Discord;

/// <summary>
/// The <c>Discord</c> section; environment variables take the form <c>CLIPBOT_Discord__Token</c>. The adapter
/// starts only when a token is set. Every base URL is configurable so the tests can point at loopback fakes.
/// </summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token; a secret, never logged. Empty: the Discord adapter does not start.</summary>
    public string Token { get; set; } = string.Empty;

    /// <summary>The application's id (a snowflake), for command registration and interaction webhooks.</summary>
    public string ApplicationId { get; set; } = string.Empty;

    /// <summary>The application's Ed25519 public key in hex, to verify HTTP interactions.</summary>
    public string PublicKey { get; set; } = string.Empty;

    public DiscordMode Mode { get; set; } = DiscordMode.Gateway;

    [Required(AllowEmptyStrings = false)]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>The gateway's URL; when empty it comes from <c>GET /gateway/bot</c>.</summary>
    public string GatewayUrl { get; set; } = string.Empty;

    /// <summary>Roles whose members count as the band's admins, besides those with the Manage Guild permission.</summary>
    public IList<string> AdminRoleIds { get; } = [];

    [Range(0, 65535)]
    public int ShardId { get; set; }

    [Range(1, 65536)]
    public int ShardCount { get; set; } = 1;

    /// <summary>
    /// Where the Studio is reachable from Discord, e.g. https://clipbot.example.com, for links to videos too big to
    /// post and to the full-quality cut. Empty: posts say the file is too big to post here, with no link.
    /// </summary>
    public string StudioBaseUrl { get; set; } = string.Empty;

    /// <summary>
    /// Whether this process takes interactions from the gateway. Worker processes need the token to post
    /// takes, but must not each answer every interaction; the host turns this off for them (Roles:Run).
    /// </summary>
    public bool Listen { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(Token);
}
