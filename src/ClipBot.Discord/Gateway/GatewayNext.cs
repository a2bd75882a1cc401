namespace ClipBot.Discord.Gateway;

/// <summary>What the gateway does after a connection ends.</summary>
internal enum GatewayNext
{
    /// <summary>Reconnect to the session's resume URL and send Resume: Discord replays what was missed.</summary>
    Resume,

    /// <summary>The session is gone: reconnect to the gateway URL and Identify anew.</summary>
    Identify,

    /// <summary>A configuration error that no retry can fix: stay stopped.</summary>
    Stop,
}
