namespace ClipBot.Core.Commands.Clip;

/// <summary>Picks the seed of a take whose author gave none.</summary>
internal interface ISeedSource
{
    uint NextSeed();
}
