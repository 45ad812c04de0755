using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs.Models;
using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Azure.Storage;

/// <summary>
/// <see cref="IDocumentStore"/> on a blob container: one block blob per path. Uploads stream in blocks (a manual
/// PDF is never held in memory whole) and commit under the write condition; reads stream one version.
/// </summary>
internal sealed class BlobDocumentStore(BlobContainer container) : IDocumentStore
{
    // Blocks of 4 MiB, two in flight: large files stream through a small buffer; small ones go in one request.
    private static readonly StorageTransferOptions Transfer = new()
    {
        InitialTransferSize = 4 * 1024 * 1024,
        MaximumTransferSize = 4 * 1024 * 1024,
        MaximumConcurrency = 2,
    };

    /// <summary>The container's name (for health and logs).</summary>
    public string ContainerName => container.Name;

    public async Task<DocumentInfo> PutAsync(string path, Stream content, string contentType, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(path);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var blob = await container.BlobAsync(path, cancellationToken).ConfigureAwait(false);

        // Early check, so a doomed upload is not sent; the service checks again when the blocks are committed.
        if (condition != WriteCondition.None)
        {
            global::Azure.ETag? current = null;
            try
            {
                current = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ETag;
            }
            catch (RequestFailedException e) when (BlobConditions.IsNotFound(e))
            {
            }

            if (!condition.IsMetBy(current is { } etag ? BlobConditions.ToStore(etag) : null))
            {
                throw new ConcurrencyConflictException(path);
            }
        }

        var counting = new CountingStream(content);
        try
        {
            var options = new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                Conditions = BlobConditions.ToRequest(condition),
                TransferOptions = Transfer,
            };
            var result = await blob.UploadAsync(counting, options, cancellationToken).ConfigureAwait(false);
            return new DocumentInfo(path, contentType, counting.BytesRead, BlobConditions.ToStore(result.Value.ETag), result.Value.LastModified);
        }
        catch (RequestFailedException e) when (BlobConditions.IsConditionFailure(e, condition))
        {
            throw new ConcurrencyConflictException(path);
        }
    }

    public async Task<DocumentContent?> OpenReadAsync(string path, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(path);
        var blob = await container.BlobAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            // One GET: the description and the body belong to the same version, and the body streams as it arrives.
            var result = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var details = result.Value.Details;
            var info = new DocumentInfo(path, details.ContentType ?? "application/octet-stream", details.ContentLength, BlobConditions.ToStore(details.ETag), details.LastModified);
            return new DocumentContent(info, result.Value.Content);
        }
        catch (RequestFailedException e) when (BlobConditions.IsNotFound(e))
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string path, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(path);
        var blob = await container.BlobAsync(path, cancellationToken).ConfigureAwait(false);
        return await BlobDeletion.DeleteAsync(blob, path, condition, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<DocumentInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(prefix, allowTrailingSlash: true);
        var client = await container.GetAsync(cancellationToken).ConfigureAwait(false);

        // The listing carries each blob's properties: no download per document.
        foreach (var item in await BlobListing.ItemsAsync(client, prefix, cancellationToken).ConfigureAwait(false))
        {
            var p = item.Properties;
            yield return new DocumentInfo(
                item.Name, p.ContentType ?? "application/octet-stream", p.ContentLength ?? 0, BlobConditions.ToStore(p.ETag ?? default), p.LastModified ?? default);
        }
    }
}
