namespace ClipBot.Host.Configuration;

internal static class ClipBotConfiguration
{
    public const string EnvironmentPrefix = "CLIPBOT_";

    /// <summary>
    /// config/appsettings.json next to the binaries holds the defaults; CLIPBOT_-prefixed environment
    /// variables and then command-line arguments override them. Added after the framework's sources, so
    /// they win over any appsettings.json a content root might hold.
    /// </summary>
    public static WebApplicationBuilder AddClipBotConfiguration(this WebApplicationBuilder builder, string[] args)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "config");
        builder.Configuration
            .AddJsonFile(Path.Combine(folder, "appsettings.json"), optional: false, reloadOnChange: false)
            .AddJsonFile(Path.Combine(folder, $"appsettings.{builder.Environment.EnvironmentName}.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddCommandLine(args);
        return builder;
    }
}
