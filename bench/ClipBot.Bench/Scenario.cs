namespace ClipBot.Bench;

/// <summary>One benchmark: a name to type, a line for the usage text, and the code that measures and prints.</summary>
internal sealed record Scenario(string Name, string Description, Func<string[], TextWriter, CancellationToken, Task<int>> RunAsync);
