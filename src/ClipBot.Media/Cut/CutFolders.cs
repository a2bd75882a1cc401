using ClipBot.Core.Cuts;

namespace ClipBot.Media.Cut;

/// <summary>
/// Where the cut keeps what it renders for itself, under the media folder: crossfades shared by every cut
/// that puts the same two takes side by side, empty slots' cards shared by every cut that shows the same
/// one, credits cards per cut, and scratch space per render.
/// </summary>
internal sealed class CutFolders(string media)
{
    public const string CacheName = ".cut-cache";

    public string Media { get; } = Path.GetFullPath(media);

    public string Cache => Path.Combine(Media, CacheName);

    public string Transitions => Path.Combine(Cache, "transitions");

    public string Cards => Path.Combine(Cache, "cards");

    /// <summary>The folder of every cut's credits folder.</summary>
    public string AllCredits => Path.Combine(Cache, "credits");

    public string Credits(string cutId) => Path.Combine(AllCredits, cutId);

    /// <summary>The folder of every render's scratch folder.</summary>
    public string Work => Path.Combine(Cache, "work");

    public string NewWork() => Path.Combine(Work, Guid.NewGuid().ToString("N"));

    /// <summary>How a rendition appears in file names.</summary>
    public static string RenditionName(CutRendition rendition) => rendition == CutRendition.Full ? "full" : "delivery";

    /// <summary>A file named relative to the media folder, which it may not leave.</summary>
    public string Resolve(string relative)
    {
        ArgumentException.ThrowIfNullOrEmpty(relative);
        var full = Path.GetFullPath(Path.Combine(Media, relative));
        if (!full.StartsWith(Media + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relative}' is not inside the media folder.", nameof(relative));
        }

        return full;
    }
}
