namespace ClipBot.Media.Delivery;

/// <summary>How a video is encoded to fit a byte cap.</summary>
/// <param name="VideoBitsPerSecond">The video's peak rate; the average aims a little below it.</param>
/// <param name="AudioBitsPerSecond">The AAC rate, or 0 for a silent file.</param>
/// <param name="ShortSide">The shorter side in pixels (the "480" of 480p, whichever way the video faces).</param>
internal sealed record DeliveryPlan(long VideoBitsPerSecond, long AudioBitsPerSecond, int ShortSide);
