using System.Collections.Frozen;

namespace ClipBot.Host.Studio;

/// <summary>The Studio page: four small files embedded in the assembly, so the host serves them from any working directory.</summary>
internal static class PageEndpoints
{
    private static readonly FrozenDictionary<string, (byte[] Body, string ContentType)> Files = new Dictionary<string, (byte[], string)>
    {
        ["/"] = (Load("index.html"), "text/html; charset=utf-8"),
        ["/studio.js"] = (Load("studio.js"), "text/javascript; charset=utf-8"),
        ["/reels.js"] = (Load("reels.js"), "text/javascript; charset=utf-8"),
        ["/studio.css"] = (Load("studio.css"), "text/css; charset=utf-8"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static void MapPage(this IEndpointRouteBuilder app)
    {
        foreach (var (path, (body, contentType)) in Files)
        {
            app.MapGet(path, () => Results.Bytes(body, contentType));
        }
    }

    private static byte[] Load(string name)
    {
        using var stream = typeof(PageEndpoints).Assembly.GetManifestResourceStream("ClipBot.Host.Studio.Page." + name)
            ?? throw new InvalidOperationException($"The Studio page file {name} is not embedded in the build.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
