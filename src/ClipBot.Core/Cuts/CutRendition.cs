namespace ClipBot.Core.Cuts;

/// <summary>Which files a cut is made from: the takes' mezzanines (the Studio) or their delivery renditions (chat).</summary>
public enum CutRendition
{
    Full,
    Delivery,
}
