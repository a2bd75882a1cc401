using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ClipBot.Redis;

/// <summary>Checks the "Store" section at start; every message names the key to fix.</summary>
internal sealed partial class StoreOptionsValidator : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        var failures = new List<string>();

        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add("Store:Mode must be Embedded or Redis.");
        }

        if (options.Mode == StoreMode.Redis)
        {
            ValidateConnectionString(options.ConnectionString, failures);
        }

        if (options.EmbeddedPort is < 0 or > 65535)
        {
            failures.Add("Store:EmbeddedPort must be between 0 and 65535 (0 picks a free loopback port).");
        }

        ValidateSize("Store:EmbeddedMemory", options.EmbeddedMemory, failures);
        ValidateSize("Store:EmbeddedIndex", options.EmbeddedIndex, failures);

        // Braces are reserved for Redis Cluster hash tags, which RedisKeys will add after the prefix.
        if (string.IsNullOrEmpty(options.KeyPrefix) || !KeyPrefixPattern().IsMatch(options.KeyPrefix))
        {
            failures.Add("Store:KeyPrefix must be 1-64 characters without spaces or braces, e.g. clipbot:.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateConnectionString(string? connectionString, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            failures.Add("Store:ConnectionString is required when Store:Mode is Redis, e.g. 127.0.0.1:6379.");
            return;
        }

        try
        {
            var parsed = ConfigurationOptions.Parse(connectionString);
            if (parsed.EndPoints.Count == 0)
            {
                failures.Add("Store:ConnectionString names no server, e.g. 127.0.0.1:6379.");
            }
        }
        catch (ArgumentException ex)
        {
            // The parser's message names the bad option, never the password.
            failures.Add($"Store:ConnectionString is not a valid connection string: {ex.Message}");
        }
    }

    private static void ValidateSize(string key, string? value, List<string> failures)
    {
        if (value is null || !SizePattern().IsMatch(value))
        {
            failures.Add($"{key} must be a size such as 64m, 512k or 1g.");
        }
    }

    [GeneratedRegex("^[1-9][0-9]{0,9}[kmgKMG]?$")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"^[^\s{}]{1,64}$")]
    private static partial Regex KeyPrefixPattern();
}
