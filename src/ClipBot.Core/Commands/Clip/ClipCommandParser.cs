using System.Globalization;
using ClipBot.Core.Results;
using ClipBot.Core.Takes;

namespace ClipBot.Core.Commands.Clip;

/// <summary>Reads "/clip" arguments: free prompt text with inline flags anywhere in it (see <see cref="InlineFlags"/>).</summary>
internal static class ClipCommandParser
{
    public static Result<ClipParameters> Parse(string arguments, uint defaultSeed)
    {
        var flags = InlineFlags.Parse(arguments, ClipFlags.All, ClipFlagValues.Describe);
        return flags.IsSuccess ? Build(flags.Value.Text, flags.Value.Values, defaultSeed) : flags.Error;
    }

    private static Result<ClipParameters> Build(string prompt, IReadOnlyDictionary<string, string> values, uint defaultSeed)
    {
        if (prompt.Length == 0)
        {
            return Error.Invalid("Write a prompt after /clip, e.g. `/clip a neon city at dusk --ar 16:9`.");
        }

        if (prompt.Length > ClipParameters.MaxPromptLength)
        {
            return Error.Invalid(string.Create(CultureInfo.InvariantCulture,
                $"The prompt is {prompt.Length} characters; the limit is {ClipParameters.MaxPromptLength}."));
        }

        if (prompt.Any(c => char.IsControl(c) && c is not '\n' and not '\t'))
        {
            return Error.Invalid("The prompt contains a control character; use plain text.");
        }

        var parameters = new ClipParameters { Prompt = prompt, Seed = defaultSeed };
        foreach (var (name, value) in values)
        {
            var applied = ClipFlagValues.Apply(parameters, name, value);
            if (!applied.IsSuccess)
            {
                return applied;
            }

            parameters = applied.Value;
        }

        return parameters;
    }
}
