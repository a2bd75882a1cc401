using ClipBot.Core.Takes;

namespace ClipBot.Core.Generation;

/// <summary>One clip to make; the generator writes its file into <see cref="WorkDirectory"/>, which it may use freely.</summary>
public sealed record GenerationRequest(TakeId TakeId, ClipParameters Parameters, string WorkDirectory);
