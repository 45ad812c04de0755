namespace Intranet.Extensions.Storage;

/// <summary>
/// JSON documents with ETags: a folder on disk on the embedded default, Azure Blob Storage in production.
/// Every state change of a plugin is a conditional write here, so concurrent clicks never lose an update.
/// </summary>
public interface IStateStore
{
    /// <summary>The document under <paramref name="key"/>, or <see langword="null"/>.</summary>
    Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes the document when <paramref name="condition"/> holds and returns its new ETag.</summary>
    /// <exception cref="ConcurrencyConflictException">The condition did not hold; nothing was written.</exception>
    Task<ETag> PutAsync(string key, ReadOnlyMemory<byte> json, WriteCondition condition, CancellationToken cancellationToken = default);

    /// <summary>Deletes the document when <paramref name="condition"/> holds; false when it was absent.</summary>
    /// <exception cref="ConcurrencyConflictException">The condition did not hold; nothing was deleted.</exception>
    Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default);

    /// <summary>Every document whose key starts with <paramref name="prefix"/>, in key order.</summary>
    IAsyncEnumerable<StateEntry> ListAsync(string prefix, CancellationToken cancellationToken = default);
}
