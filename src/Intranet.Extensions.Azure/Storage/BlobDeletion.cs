using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Intranet.Extensions.Storage;

namespace Intranet.Extensions.Azure.Storage;

/// <summary>Conditional deletes shared by the state and document stores.</summary>
internal static class BlobDeletion
{
    /// <summary>Deletes when <paramref name="condition"/> holds; false when the blob was absent.</summary>
    /// <exception cref="ConcurrencyConflictException">The condition did not hold.</exception>
    public static async Task<bool> DeleteAsync(BlobClient blob, string key, WriteCondition condition, CancellationToken cancellationToken)
    {
        if (condition.IfNotExists)
        {
            // "Delete only if absent" never deletes: it conflicts when something is there, like the file store.
            return await blob.ExistsAsync(cancellationToken).ConfigureAwait(false) ? throw new ConcurrencyConflictException(key) : false;
        }

        try
        {
            var result = await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, BlobConditions.ToRequest(condition), cancellationToken)
                .ConfigureAwait(false);
            return result.Value;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            // Some services answer If-Match on a missing blob with 412: absent is "nothing deleted", not a conflict.
            return await blob.ExistsAsync(cancellationToken).ConfigureAwait(false) ? throw new ConcurrencyConflictException(key) : false;
        }
    }
}
