using System.Globalization;

namespace ClipBot.Discord.Interactions;

/// <summary>
/// A Discord id. Its top 42 bits are milliseconds since Discord's epoch (2015-01-01), so a user's id says
/// when the account was made, which the vote rule on account age reads. Ids travel as strings in JSON and
/// stay integers here: a double would round them.
/// </summary>
internal readonly record struct Snowflake(ulong Value)
{
    /// <summary>2015-01-01T00:00:00Z in Unix milliseconds.</summary>
    public const long DiscordEpochMilliseconds = 1_420_070_400_000;

    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeMilliseconds((long)(Value >> 22) + DiscordEpochMilliseconds);

    /// <summary>Accepts only the decimal digits Discord sends; anything else (signs, spaces, zero) is not an id.</summary>
    public static bool TryParse(string? text, out Snowflake id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > 20 || !text.All(char.IsAsciiDigit)
            || !ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value == 0)
        {
            return false;
        }

        id = new Snowflake(value);
        return true;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
