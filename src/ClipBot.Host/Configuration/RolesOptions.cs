using System.ComponentModel.DataAnnotations;

namespace ClipBot.Host.Configuration;

/// <summary>What this process runs. One process runs everything by default; production splits web and workers.</summary>
public sealed class RolesOptions : IValidatableObject
{
    public const string SectionName = "Roles";
    public const string Web = "web";
    public const string Worker = "worker";
    public const string Discord = "discord";
    public const string Slack = "slack";

    private static readonly string[] Known = [Web, Worker, Discord, Slack];

    /// <summary>A comma-separated list of web, worker, discord and slack.</summary>
    public string Run { get; set; } = "web,worker";

    public IReadOnlySet<string> Enabled =>
        Run.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var unknown = Enabled.Where(r => !Known.Contains(r, StringComparer.Ordinal)).ToArray();
        if (unknown.Length > 0 || Enabled.Count == 0)
        {
            yield return new ValidationResult(
                $"Roles:Run '{Run}' is not valid: give one or more of {string.Join(", ", Known)}, separated by commas.", [nameof(Run)]);
        }
    }
}
