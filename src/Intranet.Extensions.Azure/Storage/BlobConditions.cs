using Azure;
using Azure.Storage.Blobs.Models;
using Intranet.Extensions.Storage;
using StoreETag = Intranet.Extensions.Storage.ETag;

namespace Intranet.Extensions.Azure.Storage;

/// <summary>Maps the store's write conditions to blob request headers and the service's refusals back to conflicts.</summary>
internal static class BlobConditions
{
    /// <summary><c>If-Match</c>, <c>If-None-Match: *</c>, or nothing.</summary>
    public static BlobRequestConditions? ToRequest(WriteCondition condition) =>
        condition.IfNotExists ? new BlobRequestConditions { IfNoneMatch = global::Azure.ETag.All }
        : condition.IfMatch is { } etag ? new BlobRequestConditions { IfMatch = new global::Azure.ETag(etag.Value) }
        : null;

    /// <summary>The store's ETag of a blob's.</summary>
    public static StoreETag ToStore(global::Azure.ETag etag) => new(etag.ToString());

    /// <summary>
    /// True when the service refused a conditional request because its condition did not hold: 412 for a stale
    /// <c>If-Match</c>, 409 <c>BlobAlreadyExists</c> for <c>If-None-Match: *</c>, 404 for <c>If-Match</c> on a blob that is gone.
    /// </summary>
    public static bool IsConditionFailure(RequestFailedException e, WriteCondition condition) =>
        e.Status == 412
        || (e.Status == 409 && e.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        || (e.Status == 404 && condition.IfMatch is not null && e.ErrorCode == BlobErrorCode.BlobNotFound);

    /// <summary>True for 404 <c>BlobNotFound</c>.</summary>
    public static bool IsNotFound(RequestFailedException e) => e.Status == 404 && e.ErrorCode == BlobErrorCode.BlobNotFound;
}
