using System.ComponentModel.DataAnnotations;

namespace ClipBot.Core.Storage;

/// <summary>Where ClipBot keeps its files: the embedded store, the media and scratch space.</summary>
public sealed class DataOptions
{
    public const string SectionName = "Data";

    /// <summary>The data folder, relative to the working directory unless rooted.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Data:Path must name a folder, e.g. data or /var/lib/clipbot.")]
    public string Path { get; set; } = "data";

    // Validation reads every property, so an empty Path must not throw here: the [Required] message names the key.
    public string FullPath => string.IsNullOrWhiteSpace(Path) ? string.Empty : System.IO.Path.GetFullPath(Path);
    public string MediaPath => System.IO.Path.Combine(FullPath, "media");
    public string WorkPath => System.IO.Path.Combine(FullPath, "work");
    public string StorePath => System.IO.Path.Combine(FullPath, "store");
}
