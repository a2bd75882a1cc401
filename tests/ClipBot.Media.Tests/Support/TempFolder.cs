namespace ClipBot.Media.Tests.Support;

/// <summary>A fresh folder per test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string? name = null)
    {
        var root = Directory.CreateTempSubdirectory("clipbot-media-tests-").FullName;
        Path = name is null ? root : System.IO.Path.Combine(root, name);
        Root = root;
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    private string Root { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed may still hold a file open; the OS cleans the temp folder eventually.
        }
    }
}
