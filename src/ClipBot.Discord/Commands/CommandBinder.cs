using System.Globalization;
using System.Text.Json;
using ClipBot.Core.Results;
using ClipBot.Discord.Interactions;

namespace ClipBot.Discord.Commands;

/// <summary>
/// Turns a slash command's options into the text Core's parsers read: the words in the catalogue's order,
/// then one inline flag per flag option (<c>a city --slot 3 --ar 16:9</c>). An option and the same flag
/// typed in the words must agree; when they differ the command is refused, naming both.
/// </summary>
internal static class CommandBinder
{
    /// <summary>The command or sub-command the interaction invokes; null when the catalogue has none by that name.</summary>
    public static SlashCommand? FindLeaf(JsonElement data)
    {
        var command = CommandCatalogue.Find(Text(data, "name") ?? string.Empty);
        if (command is null || command.Subcommands.Count == 0)
        {
            return command;
        }

        var name = Options(data).Select(o => Text(o, "name")).FirstOrDefault();
        return command.Subcommands.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
    }

    /// <param name="provider">The generator this ClipBot runs, the only value the <c>provider</c> option may take.</param>
    public static Result<BoundCommand> Bind(JsonElement data, string provider)
    {
        var name = Text(data, "name") ?? string.Empty;
        var command = CommandCatalogue.Find(name);
        var leaf = FindLeaf(data);
        if (command is null || leaf is null)
        {
            return Error.Invalid($"`/{Shorten(name)}` is not a command this ClipBot knows; an admin can update the commands with `clipbot discord register`.");
        }

        var given = command.Subcommands.Count > 0 ? Options(Options(data).First()) : Options(data);
        var values = given
            .Where(o => Text(o, "name") is not null && o.TryGetProperty("value", out _))
            .GroupBy(o => Text(o, "name")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("value"), StringComparer.Ordinal);

        var words = new List<string>();
        if (!ReferenceEquals(command, leaf))
        {
            words.Add(leaf.Name);
        }

        foreach (var option in leaf.Options.Where(o => o.Role == OptionRole.Words && values.ContainsKey(o.Name)))
        {
            words.Add(ValueText(values[option.Name]));
        }

        var typed = InlineFlagText.Scan(string.Join(' ', words));
        var flags = new List<string>();
        ResolvedAttachment? attachment = null;
        foreach (var option in leaf.Options.Where(o => o.Role != OptionRole.Words && values.ContainsKey(o.Name)))
        {
            var value = ValueText(values[option.Name]);
            switch (option.Role)
            {
                case OptionRole.Flag when typed.TryGetValue(option.Flag!, out var inline):
                    if (!Agree(option, value, inline))
                    {
                        return Error.Invalid($"The `{option.Name}` option says `{Shorten(value)}` but the text says `--{option.Flag} {Shorten(inline)}`; give one of them, or make them agree.");
                    }

                    break;
                case OptionRole.Flag:
                    flags.Add($"--{option.Flag} {InlineFlagText.Value(value)}");
                    break;
                case OptionRole.Provider when !string.Equals(value.Trim(), provider, StringComparison.OrdinalIgnoreCase):
                    return Error.Invalid($"This ClipBot makes clips with `{provider}`; the provider `{Shorten(value)}` is not available here. Leave the option out.");
                case OptionRole.Attachment:
                    attachment = Resolve(data, value);
                    if (attachment is null)
                    {
                        return Error.Invalid($"The file of the `{option.Name}` option did not arrive; attach it again.");
                    }

                    break;
            }
        }

        return new BoundCommand(command.Name, string.Join(' ', words.Concat(flags)).Trim()) { Attachment = attachment };
    }

    private static bool Agree(SlashOption option, string value, string inline)
    {
        if (option.Type is OptionType.Integer or OptionType.Number)
        {
            return double.TryParse(inline, NumberStyles.Float, CultureInfo.InvariantCulture, out var typed)
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var given)
                && typed.Equals(given);
        }

        return string.Equals(value.Trim(), inline.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static ResolvedAttachment? Resolve(JsonElement data, string id)
    {
        if (JsonFields.Object(data, "resolved") is not { } resolved || JsonFields.Object(resolved, "attachments") is not { } attachments
            || JsonFields.Object(attachments, id) is not { } attachment || Text(attachment, "url") is not { } url)
        {
            return null;
        }

        return new ResolvedAttachment(id, Text(attachment, "filename") ?? "song", JsonFields.Integer(attachment, "size") ?? 0, url);
    }

    private static string ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? string.Empty,
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "on",
        JsonValueKind.False => "off",
        _ => string.Empty,
    };

    private static IEnumerable<JsonElement> Options(JsonElement element) => JsonFields.Array(element, "options");

    private static string? Text(JsonElement element, string property) => JsonFields.Text(element, property);

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";
}
