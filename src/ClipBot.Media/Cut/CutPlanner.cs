using System.Globalization;
using ClipBot.Core.Cuts;
using ClipBot.Core.Results;
using ClipBot.Media.Arguments;

namespace ClipBot.Media.Cut;

/// <summary>
/// Lays a cut out in whole frames. Slot boundaries are rounded on the running total, not per shot, so 55
/// shots of 4.41 s end where the song says instead of drifting by a frame every few shots.
/// </summary>
internal static class CutPlanner
{
    public const string CreditsTitle = "Credits";

    public static Result<CutPlan> Plan(
        IReadOnlyList<CutShot> shots, IReadOnlyList<Mp4VideoTrack> tracks, int fps, double transitionSeconds, double creditsSeconds)
    {
        ArgumentNullException.ThrowIfNull(shots);
        ArgumentNullException.ThrowIfNull(tracks);
        ArgumentOutOfRangeException.ThrowIfNotEqual(tracks.Count, shots.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fps);

        var n = shots.Count;
        var bounds = Boundaries(shots, fps);
        var slotted = Slots(shots, fps);
        if (!slotted.IsSuccess)
        {
            return slotted.Error;
        }

        var slots = slotted.Value;
        for (var i = 0; i < n; i++)
        {
            // One frame of slack: ingest rounds each slot on its own, the plan rounds the running total.
            if (tracks[i].SampleCount < slots[i] - 1)
            {
                return Error.Invalid(Say(
                    $"Shot {i + 1}'s video lasts {(double)tracks[i].SampleCount / fps:0.##} s, but its slot lasts {(double)slots[i] / fps:0.##} s; ingest the take again for this slot."));
            }
        }

        var blend = transitionSeconds > 0 && n > 1 ? Math.Max(2, Frames(transitionSeconds, fps)) : 0;
        var (before, after) = (blend / 2, blend - (blend / 2));
        var heads = new int[n];
        var tails = new int[n];
        for (var i = 0; i < n; i++)
        {
            tails[i] = blend > 0 && i < n - 1 ? before : 0;
            if (blend > 0 && i > 0)
            {
                // The copy resumes on the first keyframe after the blend: only there can a stream-copy piece begin.
                if (tracks[i].KeyframeAtOrAfter(after) is not { } keyframe)
                {
                    return Error.Invalid(Say($"Shot {i + 1}'s video has no keyframe after the crossfade; ingest the take again for this reel."));
                }

                heads[i] = keyframe;
            }

            if (heads[i] + tails[i] > slots[i])
            {
                return Error.Invalid(Say(
                    $"With {transitionSeconds:0.##} s crossfades, shot {i + 1} must last at least {(double)(heads[i] + tails[i]) / fps:0.##} s; it lasts {(double)slots[i] / fps:0.##} s."));
            }

            if (!tracks[i].IsKeyframe(heads[i]))
            {
                return Error.Invalid(Say($"Shot {i + 1}'s video does not start on a keyframe; ingest the take again for this reel."));
            }
        }

        var pieces = new List<CutPiece>();
        var transitions = new List<TransitionWindow>();
        for (var i = 0; i < n; i++)
        {
            var (start, end) = (heads[i], slots[i] - tails[i]);
            if (end > start)
            {
                var inFile = Math.Max(0, Math.Min(end, tracks[i].SampleCount) - start);
                pieces.Add(new CutPiece(PieceKind.Shot, i, start, end - start, inFile, bounds[i] + start));
            }

            if (tails[i] > 0)
            {
                var window = new TransitionWindow(i, end, before, heads[i + 1], blend);
                pieces.Add(new CutPiece(PieceKind.Transition, transitions.Count, 0, window.Frames, window.Frames, bounds[i + 1] - before));
                transitions.Add(window);
            }
        }

        var credits = CreditsFrames(creditsSeconds, fps);
        var chapters = shots.Select((shot, i) => new ChapterMark(Title(shot, i), bounds[i], bounds[i + 1])).ToList();
        if (credits > 0)
        {
            pieces.Add(new CutPiece(PieceKind.Credits, 0, 0, credits, credits, bounds[n]));
            chapters.Add(new ChapterMark(CreditsTitle, bounds[n], bounds[n] + credits));
        }

        return new CutPlan(pieces, transitions, chapters, bounds[n] + credits, credits);
    }

    /// <summary>How many frames each shot's slot lasts, or why one is too short to show.</summary>
    public static Result<int[]> Slots(IReadOnlyList<CutShot> shots, int fps)
    {
        var bounds = Boundaries(shots, fps);
        var slots = new int[shots.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = bounds[i + 1] - bounds[i];
            if (slots[i] < 1)
            {
                return Error.Invalid(Say($"Shot {i + 1} is shorter than one frame."));
            }
        }

        return slots;
    }

    /// <summary>The credits card's length; 0 for none.</summary>
    public static int CreditsFrames(double creditsSeconds, int fps) => creditsSeconds > 0 ? Math.Max(1, Frames(creditsSeconds, fps)) : 0;

    /// <summary>A shot's chapter title, which its card shows too when its slot is empty.</summary>
    public static string Title(CutShot shot, int index)
    {
        ArgumentNullException.ThrowIfNull(shot);
        return string.IsNullOrWhiteSpace(shot.Title) ? $"Shot {index + 1}" : shot.Title.Trim();
    }

    /// <summary>The frame each shot starts on, and the end of the last one.</summary>
    public static int[] Boundaries(IReadOnlyList<CutShot> shots, int fps)
    {
        ArgumentNullException.ThrowIfNull(shots);
        var bounds = new int[shots.Count + 1];
        var total = 0.0;
        for (var i = 0; i < shots.Count; i++)
        {
            total += shots[i].DurationSeconds;
            bounds[i + 1] = Frames(total, fps);
        }

        return bounds;
    }

    private static int Frames(double seconds, int fps) => (int)Math.Round(seconds * fps, MidpointRounding.AwayFromZero);

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
