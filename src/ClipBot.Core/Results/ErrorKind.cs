namespace ClipBot.Core.Results;

/// <summary>The kinds of expected failure; each decides what happens next (retry, tell the user, stop).</summary>
public enum ErrorKind
{
    /// <summary>The input is wrong; the user can fix it.</summary>
    Invalid,

    /// <summary>A provider's content policy refused it; never retried.</summary>
    Refused,

    /// <summary>A passing fault (timeout, 5xx, a busy provider); worth a retry.</summary>
    Transient,

    NotFound,
    Forbidden,
    RateLimited,
    Cancelled,
}
