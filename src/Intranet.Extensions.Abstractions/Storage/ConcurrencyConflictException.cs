namespace Intranet.Extensions.Storage;

/// <summary>A conditional write found another version than expected (HTTP 412 in Azure terms).</summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception for <paramref name="key"/>.</summary>
    public ConcurrencyConflictException(string key)
        : base($"'{key}' was changed by someone else; read it again and retry.") => Key = key;

    /// <summary>The key whose condition failed.</summary>
    public string Key { get; }
}
