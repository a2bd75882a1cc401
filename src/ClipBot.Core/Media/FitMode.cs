namespace ClipBot.Core.Media;

/// <summary>What happens when a clip's aspect differs from the canvas: bars around it, or its edges cut off.</summary>
public enum FitMode
{
    Letterbox,
    Crop,
}
