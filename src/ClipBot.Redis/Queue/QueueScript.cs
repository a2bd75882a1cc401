using System.Security.Cryptography;
using System.Text;

namespace ClipBot.Redis.Queue;

/// <summary>
/// One of the queue's Lua scripts: the keys it touches and its text, which starts by binding them, in order,
/// to locals named after them (<c>local ring, jobState = KEYS[1], KEYS[2]</c>) and ARGV[1] and ARGV[2] to
/// <c>ownerPrefix</c> and <c>wake</c>. The server keeps scripts by their SHA1, which is computed here once:
/// the queue calls a script by it (EVALSHA) and sends the text only when the server does not have it yet.
/// </summary>
internal sealed class QueueScript
{
    public QueueScript(string name, QueueKey[] keys, string body)
    {
        Name = name;
        Keys = keys;
        Lua = Header(keys) + body;

        // SHA1 is how Redis names a cached script (SCRIPT LOAD, EVALSHA), not a security measure here.
#pragma warning disable CA5350
        Hash = SHA1.HashData(Encoding.UTF8.GetBytes(Lua));
#pragma warning restore CA5350
    }

    /// <summary>For logs: "lease", "complete", ...</summary>
    public string Name { get; }

    /// <summary>The script's KEYS, in order.</summary>
    public IReadOnlyList<QueueKey> Keys { get; }

    public string Lua { get; }

    /// <summary>The SHA1 of <see cref="Lua"/>, as EVALSHA takes it.</summary>
    public byte[] Hash { get; }

    public override string ToString() => Name;

    private static string Header(QueueKey[] keys)
    {
        var names = new StringBuilder("local ");
        var values = new StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            var name = keys[i].ToString();
            names.Append(i == 0 ? string.Empty : ", ").Append(char.ToLowerInvariant(name[0])).Append(name.AsSpan(1));
            values.Append(i == 0 ? string.Empty : ", ").Append("KEYS[").Append(i + 1).Append(']');
        }

        var header = keys.Length == 0 ? string.Empty : $"{names} = {values}\n";
        return header + "local ownerPrefix, wake = ARGV[1], ARGV[2]\n";
    }
}
