namespace ClipBot.Core.Takes;

/// <summary>The aspect ratios a take can have, with the canvas each renders at.</summary>
public enum AspectRatio
{
    Landscape16x9,
    Portrait9x16,
    Square1x1,
    Portrait4x5,
}
