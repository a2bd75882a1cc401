using System.ComponentModel.DataAnnotations;
using System.Net;

namespace ClipBot.Host.Configuration;

/// <summary>Where the Studio page and its API listen.</summary>
public sealed class WebOptions : IValidatableObject
{
    public const string SectionName = "Web";

    [Range(0, 65535, ErrorMessage = "Web:Port must be a TCP port from 1 to 65535 (0 picks a free one).")]
    public int Port { get; set; } = 8080;

    /// <summary>127.0.0.1 by default: the Studio's write actions are open to whoever can reach it.</summary>
    public string BindAddress { get; set; } = "127.0.0.1";

    /// <summary>Required for write actions when the Studio listens beyond loopback.</summary>
    public string? AdminToken { get; set; }

    public bool IsLoopback => IPAddress.TryParse(BindAddress, out var address) && IPAddress.IsLoopback(address);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IPAddress.TryParse(BindAddress, out _))
        {
            yield return new ValidationResult($"Web:BindAddress '{BindAddress}' is not an IP address, e.g. 127.0.0.1 or 0.0.0.0.", [nameof(BindAddress)]);
        }
        else if (!IsLoopback && string.IsNullOrWhiteSpace(AdminToken))
        {
            yield return new ValidationResult("Web:AdminToken is required when Web:BindAddress is not a loopback address.", [nameof(AdminToken)]);
        }
    }
}
