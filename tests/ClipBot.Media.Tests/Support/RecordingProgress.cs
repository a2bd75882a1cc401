namespace ClipBot.Media.Tests.Support;

/// <summary>Keeps every report in order; unlike Progress&lt;T&gt;, it reports on the caller's thread.</summary>
internal sealed class RecordingProgress : IProgress<int>
{
    private readonly List<int> _values = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<int> Values
    {
        get
        {
            lock (_gate)
            {
                return [.. _values];
            }
        }
    }

    public void Report(int value)
    {
        lock (_gate)
        {
            _values.Add(value);
        }
    }
}
