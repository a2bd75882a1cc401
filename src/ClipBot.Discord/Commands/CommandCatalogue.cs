namespace ClipBot.Discord.Commands;

/// <summary>
/// Every slash command ClipBot registers, in one place: what Discord shows, and how each option joins the
/// text Core's parsers read (<c>/clip a city --slot 3 --ar 16:9</c>), so one parser serves every platform.
/// The names are the design's (§5); <c>/reel</c> holds fans' and admins' sub-commands alike, so no command
/// carries <c>default_member_permissions</c>, and Core checks admins on use.
/// </summary>
internal static class CommandCatalogue
{
    public static IReadOnlyList<SlashCommand> All { get; } =
    [
        new("clip", "Make a video clip from a prompt")
        {
            PublicReply = true,
            Options =
            [
                new("prompt", "What to show; flags work inline too, e.g. a neon city --camera zoom-in", OptionType.String) { Required = true },
                new("slot", "The shot of this channel's reel the take is for", OptionType.Integer) { Role = OptionRole.Flag, Flag = "slot", MinValue = 1, MaxValue = 500 },
                new("aspect", "The frame's shape", OptionType.String) { Role = OptionRole.Flag, Flag = "ar", Choices = ["16:9", "9:16", "1:1", "4:5"] },
                new("seed", "The same seed and prompt make the same clip", OptionType.Integer) { Role = OptionRole.Flag, Flag = "seed", MinValue = 0, MaxValue = uint.MaxValue },
                new("duration", "Seconds, 1 to 10", OptionType.Integer) { Role = OptionRole.Flag, Flag = "duration", MinValue = 1, MaxValue = 10 },
                new("provider", "The video generator; this ClipBot names the one it runs", OptionType.String) { Role = OptionRole.Provider },
            ],
        },
        new("queue", "Your takes in the queue, with position, ETA and progress"),
        new("cancel", "Stop one of your takes that is queued or running")
        {
            Options = [new("take", "The take's id, as /queue lists it", OptionType.String) { Required = true }],
        },
        new("help", "The commands and the /clip flags"),
        new("vote", "Vote for a take in its shot (the Vote button does the same)")
        {
            Options = [new("take", "The take's id", OptionType.String) { Required = true }],
        },
        new("reel", "Run a community video contest")
        {
            Subcommands =
            [
                new("create", "Admins: start a reel in this channel, with the song attached")
                {
                    PublicReply = true,
                    AdminOnly = true,
                    Options =
                    [
                        new("name", "The reel's name", OptionType.String) { Required = true },
                        new("song", "The song: mp3, m4a, wav, flac or ogg, at most 50 MB", OptionType.Attachment) { Role = OptionRole.Attachment },
                        new("slots", "A number of equal shots", OptionType.Integer) { Role = OptionRole.Flag, Flag = "slots", MinValue = 1, MaxValue = 200 },
                        new("bpm", "The song's tempo, for shots of --bars bars", OptionType.Number) { Role = OptionRole.Flag, Flag = "bpm", MinValue = 20, MaxValue = 400 },
                        new("bars", "Bars per shot", OptionType.Integer) { Role = OptionRole.Flag, Flag = "bars", MinValue = 1, MaxValue = 64 },
                        new("shots", "Shot lengths in seconds, e.g. 4,4,2.5", OptionType.String) { Role = OptionRole.Flag, Flag = "shots" },
                        new("options", "More flags, e.g. --ar 9:16 --tallies hidden --min-age 30", OptionType.String),
                    ],
                },
                new("link", "Admins: run an existing reel's contest in this channel too")
                {
                    PublicReply = true,
                    AdminOnly = true,
                    Options = [new("id", "The reel's id, as /reel create printed it", OptionType.String) { Required = true }],
                },
                new("shots", "The shot list with times and briefs"),
                new("brief", "Admins: say what a shot should show")
                {
                    PublicReply = true,
                    AdminOnly = true,
                    Options =
                    [
                        new("slot", "The shot's number", OptionType.Integer) { Required = true, MinValue = 1, MaxValue = 500 },
                        new("text", "The brief; leave it out to clear it", OptionType.String),
                    ],
                },
                Phase("open", "Admins: open the reel for takes"),
                Phase("vote", "Admins: close the takes; votes only"),
                new("lock", "Admins: make the ballots final and render the final cut") { PublicReply = true, AdminOnly = true },
                new("standings", "Each shot's leader so far") { PublicReply = true },
                new("cut", "Admins: render the current leaders and post the cut") { PublicReply = true, AdminOnly = true },
                new("duel", "Two takes of a shot side by side; pick the better one")
                {
                    PublicReply = true,
                    Options = [new("slot", "The shot's number", OptionType.Integer) { Required = true, MinValue = 1, MaxValue = 500 }],
                },
                new("export", "Admins: the ballots (CSV), the credits and the shot list") { AdminOnly = true },
            ],
        },
    ];

    public static SlashCommand? Find(string name) => All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    private static SlashCommand Phase(string name, string description) => new(name, description)
    {
        PublicReply = true,
        AdminOnly = true,
        Options = [new("until", "Move on by itself at this time: 90m, 2h, 3d or 2026-12-01T20:00Z", OptionType.String) { Role = OptionRole.Flag, Flag = "until" }],
    };
}
