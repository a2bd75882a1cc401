namespace ClipBot.Discord.Gateway;

/// <summary>The gateway opcodes ClipBot sends or handles; the others (presence, voice, members) it never uses.</summary>
internal enum GatewayOpCode
{
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
}
