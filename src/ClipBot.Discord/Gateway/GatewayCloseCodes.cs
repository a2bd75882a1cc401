namespace ClipBot.Discord.Gateway;

/// <summary>What Discord's close codes mean for the next connection (the reference's "resume, re-identify or stop").</summary>
internal static class GatewayCloseCodes
{
    /// <summary>
    /// The code ClipBot closes with when it means to resume: 1000 and 1001 would end the session (the bot goes
    /// offline and cannot resume), any other code keeps it.
    /// </summary>
    public const int Reconnecting = 4000;

    /// <param name="code">The close frame's status; null when the socket ended without one.</param>
    public static GatewayNext Next(int? code) => code switch
    {
        4004 or (>= 4010 and <= 4014) => GatewayNext.Stop,

        // Not authenticated, invalid seq, session timed out: the session cannot be resumed. 4006 is an older
        // "session no longer valid", no longer documented but still meaning the same.
        4003 or 4006 or 4007 or 4009 => GatewayNext.Identify,

        // 4000-4002, 4005, 4008, 1001, 1006 and a drop without a code keep the session. An unknown code tries
        // to resume too: a refused resume comes back as op 9 and leads to Identify anyway.
        _ => GatewayNext.Resume,
    };

    /// <summary>A plain account of a code <see cref="Next"/> stops on, for the one log line that says why.</summary>
    public static string Describe(int code) => code switch
    {
        4004 => "authentication failed: the bot token is wrong or was reset",
        4010 => "invalid shard: Discord:ShardId must be below Discord:ShardCount",
        4011 => "sharding required: the bot is in too many guilds for one shard; set Discord:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: an intent the application is not approved or enabled for",
        _ => "unknown close code",
    };
}
