using System.Text;

namespace ClipBot.Media.Processes;

/// <summary>
/// Keeps only the last lines of a tool's stderr: ffmpeg states the cause of a failure at the end, and a
/// long run must not grow memory without bound.
/// </summary>
internal sealed class StderrTail(int maxLines = StderrTail.DefaultLines)
{
    public const int DefaultLines = 20;
    private const int MaxLineLength = 500;

    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public void Add(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Length > MaxLineLength ? string.Concat(line.AsSpan(0, MaxLineLength), "…") : line;
        lock (_gate)
        {
            _lines.Enqueue(trimmed);
            while (_lines.Count > maxLines)
            {
                _lines.Dequeue();
            }
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            var text = new StringBuilder();
            foreach (var line in _lines)
            {
                text.Append(line).Append('\n');
            }

            return text.ToString().TrimEnd('\n');
        }
    }
}
