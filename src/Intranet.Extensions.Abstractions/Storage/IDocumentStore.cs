namespace Intranet.Extensions.Storage;

/// <summary>Files such as manual PDFs: a folder on disk on the embedded default, Azure Blob Storage in production.</summary>
public interface IDocumentStore
{
    /// <summary>Stores the content under <paramref name="path"/> when <paramref name="condition"/> holds.</summary>
    /// <exception cref="ConcurrencyConflictException">The condition did not hold; nothing was written.</exception>
    Task<DocumentInfo> PutAsync(string path, Stream content, string contentType, WriteCondition condition, CancellationToken cancellationToken = default);

    /// <summary>Opens the document for reading; <see langword="null"/> when absent. Dispose the result.</summary>
    Task<DocumentContent?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Deletes the document when <paramref name="condition"/> holds; false when it was absent.</summary>
    Task<bool> DeleteAsync(string path, WriteCondition condition, CancellationToken cancellationToken = default);

    /// <summary>Every document whose path starts with <paramref name="prefix"/>.</summary>
    IAsyncEnumerable<DocumentInfo> ListAsync(string prefix, CancellationToken cancellationToken = default);
}

/// <summary>What the store knows about a document.</summary>
/// <param name="Path">The path, segments separated by '/'.</param>
/// <param name="ContentType">Media type such as <c>application/pdf</c>.</param>
/// <param name="Length">Size in bytes.</param>
/// <param name="ETag">The version.</param>
/// <param name="LastModified">When it was last written.</param>
public sealed record DocumentInfo(string Path, string ContentType, long Length, ETag ETag, DateTimeOffset LastModified);

/// <summary>An open document: its description and a readable stream.</summary>
/// <param name="Info">The description.</param>
/// <param name="Content">The content; disposed with this object.</param>
public sealed record DocumentContent(DocumentInfo Info, Stream Content) : IAsyncDisposable
{
    /// <inheritdoc />
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
