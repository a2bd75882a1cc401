namespace ClipBot.Discord.Notifications;

/// <summary>Links into the Studio for posts, when <see cref="DiscordOptions.StudioBaseUrl"/> says where it is reachable.</summary>
internal static class StudioLinks
{
    /// <summary>The Studio's route for a media file (the host's <c>/media/{file}</c>); null without a base URL.</summary>
    public static string? Media(DiscordOptions options, string file)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.StudioBaseUrl) ? null : $"{options.StudioBaseUrl.TrimEnd('/')}/media/{Uri.EscapeDataString(file)}";
    }
}
