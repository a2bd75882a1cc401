using System.Text.RegularExpressions;

namespace ClipBot.Host.Tests.Configuration;

/// <summary>Docker cannot run here, so the Dockerfile is checked by reading it against the solution.</summary>
public sealed partial class DockerfileTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Dockerfile_RestoreLayer_CopiesEveryProjectTheHostNeeds()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        var copied = CopiedProject().Matches(dockerfile).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var needed = ProjectClosure("src/ClipBot.Host/ClipBot.Host.csproj");

        Assert.Equal(needed.Order(StringComparer.Ordinal), copied.Order(StringComparer.Ordinal));
        Assert.All(copied, p => Assert.True(File.Exists(Path.Combine(Root, p)), $"{p} is copied but does not exist"));
    }

    [Fact]
    public void Dockerfile_RuntimeStage_InstallsFfmpegAndStartsHost()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        var runtime = dockerfile[dockerfile.LastIndexOf("FROM ", StringComparison.Ordinal)..];

        Assert.Contains("apt-get install", runtime, StringComparison.Ordinal);
        Assert.Contains("ffmpeg", runtime, StringComparison.Ordinal);
        Assert.Contains("ENTRYPOINT [\"dotnet\", \"ClipBot.Host.dll\"]", runtime, StringComparison.Ordinal);
    }

    private static HashSet<string> ProjectClosure(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            if (!found.Add(current))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(current)!;
            foreach (Match reference in ProjectReference().Matches(File.ReadAllText(Path.Combine(Root, current))))
            {
                pending.Push(Path.GetRelativePath(Root, Path.GetFullPath(Path.Combine(Root, folder, reference.Groups[1].Value))).Replace('\\', '/'));
            }
        }

        return found;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClipBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ClipBot.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"^COPY (src/\S+\.csproj) ", RegexOptions.Multiline)]
    private static partial Regex CopiedProject();

    [GeneratedRegex("<ProjectReference Include=\"([^\"]+)\"")]
    private static partial Regex ProjectReference();
}
