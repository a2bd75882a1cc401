namespace ClipBot.Discord.Tests.Rest;

/// <summary>A folder of files for upload tests, deleted with the test.</summary>
internal sealed class TempFiles
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("clipbot-rest-").FullName;

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Delete() => Directory.Delete(Folder, recursive: true);
}
