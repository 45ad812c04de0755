using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs.Models;
using Intranet.Extensions.Storage;
using StoreETag = Intranet.Extensions.Storage.ETag;

namespace Intranet.Extensions.Azure.Storage;

/// <summary>
/// <see cref="IStateStore"/> on a blob container: one block blob per key, named by the key (so '/' makes the
/// hierarchy listings use), holding the JSON as written. The blob's ETag is the document's: conditions go to the
/// service as <c>If-Match</c> / <c>If-None-Match: *</c>, so writers on any number of hosts never lose an update.
/// </summary>
internal sealed class BlobStateStore(BlobContainer container) : IStateStore
{
    // Downloads a listing keeps in flight: enough to hide the round trip, few enough not to crowd other callers.
    private const int ListPrefetch = 8;

    private static readonly BlobHttpHeaders JsonHeaders = new() { ContentType = "application/json; charset=utf-8" };

    /// <summary>The container's name (for health and logs).</summary>
    public string ContainerName => container.Name;

    public async Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(key);
        var blob = await container.BlobAsync(key, cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return new StateEntry(key, result.Value.Content.ToMemory(), BlobConditions.ToStore(result.Value.Details.ETag));
        }
        catch (RequestFailedException e) when (BlobConditions.IsNotFound(e))
        {
            return null;
        }
    }

    public async Task<StoreETag> PutAsync(string key, ReadOnlyMemory<byte> json, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(key);
        JsonCheck.ThrowUnlessSingleValue(json.Span, nameof(json));
        var blob = await container.BlobAsync(key, cancellationToken).ConfigureAwait(false);
        try
        {
            var options = new BlobUploadOptions { HttpHeaders = JsonHeaders, Conditions = BlobConditions.ToRequest(condition) };
            var result = await blob.UploadAsync(BinaryData.FromBytes(json), options, cancellationToken).ConfigureAwait(false);
            return BlobConditions.ToStore(result.Value.ETag);
        }
        catch (RequestFailedException e) when (BlobConditions.IsConditionFailure(e, condition))
        {
            throw new ConcurrencyConflictException(key);
        }
    }

    public async Task<bool> DeleteAsync(string key, WriteCondition condition, CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(key);
        var blob = await container.BlobAsync(key, cancellationToken).ConfigureAwait(false);
        return await BlobDeletion.DeleteAsync(blob, key, condition, cancellationToken).ConfigureAwait(false);
    }

    public async IAsyncEnumerable<StateEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        StateKeys.Validate(prefix, allowTrailingSlash: true);
        var client = await container.GetAsync(cancellationToken).ConfigureAwait(false);
        var names = await BlobListing.NamesAsync(client, prefix, cancellationToken).ConfigureAwait(false);

        // Downloads run a few ahead of the reader but come out in key order; a blob deleted meanwhile is skipped.
        await foreach (var entry in BlobListing.PrefetchInOrderAsync(names, GetAsync, ListPrefetch, cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
    }
}
