namespace ClipBot.Media.Local;

/// <summary>
/// The five colours a scene is drawn with. Each scene gives them roles: sky from <see cref="Deep"/> to
/// <see cref="Mid"/>, silhouettes in <see cref="Dark"/>, highlights in <see cref="Light"/>, lights and
/// sparks in <see cref="Accent"/>.
/// </summary>
internal sealed record Palette(string Name, Rgb Deep, Rgb Mid, Rgb Dark, Rgb Light, Rgb Accent);
