namespace Intranet.Extensions.Storage;

/// <summary>The precondition of a write: none, <c>If-Match</c> an ETag, or <c>If-None-Match: *</c> (create only).</summary>
public readonly record struct WriteCondition
{
    private WriteCondition(ETag? ifMatch, bool ifNotExists)
    {
        IfMatch = ifMatch;
        IfNotExists = ifNotExists;
    }

    /// <summary>The write succeeds only while the stored ETag is this one.</summary>
    public ETag? IfMatch { get; }

    /// <summary>The write succeeds only when nothing is stored under the key.</summary>
    public bool IfNotExists { get; }

    /// <summary>No precondition: last writer wins. Avoid for shared state.</summary>
    public static WriteCondition None => default;

    /// <summary>Only when nothing exists yet (<c>If-None-Match: *</c>).</summary>
    public static WriteCondition NotExists => new(null, true);

    /// <summary>Only while the stored version is <paramref name="etag"/> (<c>If-Match</c>).</summary>
    public static WriteCondition Matches(ETag etag) => new(etag, false);

    /// <summary>Checks the condition against the current ETag (<see langword="null"/> when absent).</summary>
    public bool IsMetBy(ETag? current) =>
        IfNotExists ? current is null : IfMatch is not { } expected || current == expected;
}
