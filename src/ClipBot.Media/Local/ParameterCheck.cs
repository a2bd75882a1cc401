using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Media.Local;

/// <summary>
/// The parser validates flags before a take is queued; this repeats the checks the renderer depends on,
/// so a take stored by an older version fails with a reason rather than a broken ffmpeg run.
/// </summary>
internal static class ParameterCheck
{
    public static Error? Find(ClipParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        if (string.IsNullOrWhiteSpace(parameters.Prompt))
        {
            return Error.Invalid("The prompt is empty: describe the clip you want.");
        }

        if (parameters.Prompt.Length > ClipParameters.MaxPromptLength)
        {
            return Error.Invalid($"The prompt is longer than {ClipParameters.MaxPromptLength} characters.");
        }

        if (parameters.DurationSeconds is < ClipParameters.MinDurationSeconds or > ClipParameters.MaxDurationSeconds)
        {
            return Error.Invalid(
                $"--duration must be {ClipParameters.MinDurationSeconds} to {ClipParameters.MaxDurationSeconds} seconds.");
        }

        if (parameters.Motion is < 0 or > ClipParameters.MaxMotion)
        {
            return Error.Invalid($"--motion must be 0 to {ClipParameters.MaxMotion}.");
        }

        if (!Enum.IsDefined(parameters.Aspect))
        {
            return Error.Invalid($"--ar must be one of {string.Join(", ", AspectRatioExtensions.WireNames)}.");
        }

        if (!Enum.IsDefined(parameters.Camera))
        {
            return Error.Invalid($"--camera must be one of {string.Join(", ", CameraMoveExtensions.WireNames)}.");
        }

        return null;
    }
}
