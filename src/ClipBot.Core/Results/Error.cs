namespace ClipBot.Core.Results;

/// <summary>An expected failure with a message fit for the user; never exception text.</summary>
public sealed record Error(ErrorKind Kind, string Message)
{
    public static Error Invalid(string message) => new(ErrorKind.Invalid, message);
}
