using System.Globalization;
using ClipBot.Core.Results;

namespace ClipBot.Core.Songs;

/// <summary>
/// The three ways a reel's shot list is made from its song: explicit durations, BPM × bars per shot, and
/// detected beats with the boundaries snapped to them. Every list starts at 0 and has no gaps.
/// </summary>
/// <remarks>Public because the hosts and the benchmark build shot lists too, not only the reel commands.</remarks>
public static class ShotList
{
    public const int DefaultBeatsPerBar = 4;

    /// <summary>
    /// The most shots a reel may have. The reference video has 55; 200 leaves room for a long song cut fast,
    /// while every slot still needs takes, votes and a place in the credits.
    /// </summary>
    public const int MaxShots = 200;

    /// <summary>The shortest shot: one keyframe interval of the mezzanine, and the length of a crossfade.</summary>
    public const double MinShotSeconds = 0.5;

    // A song's probed length and a sum of typed durations differ by rounding, never by a millisecond.
    private const double Slack = 0.001;

    // A detected beat may sit a little early or late; a shot that is a hair under one beat is still one beat.
    private const double BeatJitter = 0.1;

    /// <summary>
    /// Shots of the given lengths, back to back. With a song their sum may not exceed its length; without
    /// one (a silent reel) the reel is as long as the sum.
    /// </summary>
    public static Result<IReadOnlyList<Shot>> FromDurations(IReadOnlyList<double> durations, double? songSeconds)
    {
        ArgumentNullException.ThrowIfNull(durations);
        if (durations.Count == 0)
        {
            return Error.Invalid("Give at least one shot duration.");
        }

        for (var i = 0; i < durations.Count; i++)
        {
            if (!double.IsFinite(durations[i]) || durations[i] < MinShotSeconds - Slack)
            {
                return Error.Invalid(Text($"Shot {i + 1} lasts {durations[i]:0.###} s; every shot must last at least {MinShotSeconds} s."));
            }
        }

        if (durations.Count > MaxShots)
        {
            return Error.Invalid(Text($"That is {durations.Count} shots; a reel can have at most {MaxShots}."));
        }

        if (songSeconds is { } length && (!double.IsFinite(length) || length <= 0))
        {
            return Error.Invalid("The song has no length to cut into shots.");
        }

        var total = durations.Sum();
        if (songSeconds is { } song && total > song + Slack)
        {
            return Error.Invalid(Text($"The shots add up to {total:0.###} s, but the song lasts only {song:0.###} s."));
        }

        var shots = new List<Shot>(durations.Count);
        var start = 0.0;
        foreach (var duration in durations)
        {
            shots.Add(new Shot(shots.Count + 1, start, duration));
            start += duration;
        }

        return Result<IReadOnlyList<Shot>>.Success(shots);
    }

    /// <summary>
    /// Shots of <paramref name="barsPerShot"/> bars at a fixed tempo, covering the whole song. The last shot
    /// takes the remainder; a remainder shorter than half a shot is added to the shot before it instead.
    /// </summary>
    public static Result<IReadOnlyList<Shot>> FromTempo(
        double bpm, int barsPerShot, double songSeconds, int beatsPerBar = DefaultBeatsPerBar)
    {
        if (CheckGrid(bpm, barsPerShot, beatsPerBar, songSeconds) is { } invalid)
        {
            return invalid;
        }

        var shotSeconds = barsPerShot * beatsPerBar * 60 / bpm;
        var boundaries = new List<double> { 0 };

        // Multiplying rather than adding keeps rounding from drifting the boundaries off the bar lines.
        for (var k = 1; songSeconds - (k * shotSeconds) >= shotSeconds / 2; k++)
        {
            boundaries.Add(k * shotSeconds);
        }

        return ToShots(boundaries, songSeconds);
    }

    /// <summary>
    /// Shots of about <paramref name="barsPerShot"/> bars of the detected tempo, each boundary snapped to
    /// the beat nearest its target, so tempo drift and dropped beats do not pull the cuts off the music.
    /// No shot is shorter than one beat. A late first beat (a long intro) gets a shot of its own.
    /// </summary>
    public static Result<IReadOnlyList<Shot>> FromBeats(
        BeatGrid grid, int barsPerShot, double songSeconds, int beatsPerBar = DefaultBeatsPerBar)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (CheckGrid(grid.Bpm, barsPerShot, beatsPerBar, songSeconds) is { } invalid)
        {
            return invalid;
        }

        var beats = grid.Beats.Where(beat => beat > 0 && beat < songSeconds).Order().ToArray();
        if (beats.Length == 0)
        {
            return Error.Invalid("No beats were found in the song; give a BPM or the shot durations instead.");
        }

        var beatSeconds = 60 / grid.Bpm;
        var shotSeconds = barsPerShot * beatsPerBar * beatSeconds;
        var shortest = Math.Max(shotSeconds / 2, beatSeconds);
        var boundaries = new List<double> { 0 };
        var previous = 0.0;
        if (beats[0] >= shortest && songSeconds - beats[0] >= shortest)
        {
            boundaries.Add(beats[0]);
            previous = beats[0];
        }

        // The first target counts from the first beat, so the boundaries fall on the bar lines it starts.
        var target = beats[0] + shotSeconds;
        while (true)
        {
            var boundary = Snap(beats, target, previous + (beatSeconds * (1 - BeatJitter)), shotSeconds / 2);
            if (songSeconds - boundary < shortest)
            {
                break;
            }

            boundaries.Add(boundary);
            previous = boundary;
            target = boundary + shotSeconds;
        }

        return ToShots(boundaries, songSeconds);
    }

    /// <summary>
    /// The beat nearest the target that is not before <paramref name="earliest"/>; where no beat lies within
    /// <paramref name="reach"/> of it (a passage without a beat), the target itself.
    /// </summary>
    private static double Snap(double[] beats, double target, double earliest, double reach)
    {
        var index = Array.BinarySearch(beats, target);
        var after = index >= 0 ? index : ~index;
        var best = double.NaN;
        foreach (var candidate in new[] { after - 1, after })
        {
            if (candidate < 0 || candidate >= beats.Length || beats[candidate] < earliest)
            {
                continue;
            }

            if (double.IsNaN(best) || Math.Abs(beats[candidate] - target) < Math.Abs(best - target))
            {
                best = beats[candidate];
            }
        }

        return !double.IsNaN(best) && Math.Abs(best - target) <= reach ? best : Math.Max(target, earliest);
    }

    private static Error? CheckGrid(double bpm, int barsPerShot, int beatsPerBar, double songSeconds)
    {
        if (!double.IsFinite(songSeconds) || songSeconds <= 0)
        {
            return Error.Invalid("The song has no length to cut into shots.");
        }

        if (!double.IsFinite(bpm) || bpm <= 0)
        {
            return Error.Invalid(Text($"A tempo of {bpm:0.###} BPM is not possible; give a positive BPM, e.g. 120."));
        }

        if (barsPerShot < 1)
        {
            return Error.Invalid(Text($"A shot of {barsPerShot} bars is not possible; give at least 1 bar per shot."));
        }

        if (beatsPerBar < 1)
        {
            return Error.Invalid(Text($"A bar of {beatsPerBar} beats is not possible; give at least 1 beat per bar."));
        }

        var shotSeconds = barsPerShot * beatsPerBar * 60 / bpm;
        return shotSeconds < MinShotSeconds
            ? Error.Invalid(Text($"{barsPerShot} bars at {bpm:0.###} BPM last {shotSeconds:0.###} s; a shot must last at least {MinShotSeconds} s."))
            : null;
    }

    private static Result<IReadOnlyList<Shot>> ToShots(List<double> boundaries, double songSeconds)
    {
        if (boundaries.Count > MaxShots)
        {
            return Error.Invalid(Text(
                $"That makes {boundaries.Count} shots of the song; a reel can have at most {MaxShots}, so give more bars per shot."));
        }

        boundaries.Add(songSeconds);
        var shots = new Shot[boundaries.Count - 1];
        for (var i = 0; i < shots.Length; i++)
        {
            shots[i] = new Shot(i + 1, boundaries[i], boundaries[i + 1] - boundaries[i]);
        }

        return Result<IReadOnlyList<Shot>>.Success(shots);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
