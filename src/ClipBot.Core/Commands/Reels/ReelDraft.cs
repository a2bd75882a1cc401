using ClipBot.Core.Media;
using ClipBot.Core.Reels;

namespace ClipBot.Core.Commands.Reels;

/// <summary>What <c>/reel create</c> asked for, checked, before the song is imported and the slots are made.</summary>
internal sealed record ReelDraft(string Name, ShotSpec Shots, Canvas Canvas, StyleLock Style, VotingRules Rules, double TransitionSeconds);
