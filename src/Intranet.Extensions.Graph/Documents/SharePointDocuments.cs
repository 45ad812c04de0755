using Intranet.Extensions.Graph.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Drives.Item.Items.Item.CreateUploadSession;
using Microsoft.Graph.Models;

namespace Intranet.Extensions.Graph.Documents;

/// <summary>
/// Uploads documents (manual PDFs) to the configured SharePoint document library: a single PUT up to
/// <see cref="GraphOptions.LargeFileThreshold"/>, an upload session in 320 KiB-multiple slices above it.
/// </summary>
public sealed class SharePointDocuments
{
    private readonly GraphClients _graph;
    private readonly GraphOptions _options;

    internal SharePointDocuments(GraphClients graph, IOptions<GraphOptions> options)
    {
        _graph = graph;
        _options = options.Value;
    }

    /// <summary>Uploads <paramref name="content"/> to <paramref name="path"/> (e.g. <c>Manuals/complaints-v3.pdf</c>), replacing what is there.</summary>
    /// <returns>The library item: id, address and size.</returns>
    public async Task<UploadedDocument> UploadAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(content);
        var driveId = _options.DocumentDriveId ?? throw new InvalidOperationException("Intranet:Graph:DocumentDriveId is not configured.");
        var item = _graph.App.Drives[driveId].Items["root"].ItemWithPath(path.TrimStart('/'));
        DriveItem? uploaded;
        if (content.CanSeek && content.Length - content.Position <= _options.LargeFileThreshold)
        {
            uploaded = await item.Content.PutAsync(content, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var session = await item.CreateUploadSession.PostAsync(new CreateUploadSessionPostRequestBody
            {
                Item = new DriveItemUploadableProperties { AdditionalData = { ["@microsoft.graph.conflictBehavior"] = "replace" } },
            }, cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("Graph answered without an upload session.");
            var task = new LargeFileUploadTask<DriveItem>(session, content, _options.UploadSliceBytes); // anonymous: upload URLs are pre-authenticated
            var result = await task.UploadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            uploaded = result.UploadSucceeded ? result.ItemResponse : throw new IOException($"The upload session of '{path}' did not complete.");
        }

        return uploaded is { Id: { } id }
            ? new UploadedDocument(id, uploaded.WebUrl, uploaded.Size ?? 0)
            : throw new InvalidOperationException("Graph answered the upload without an item.");
    }
}

/// <summary>A document in the SharePoint library.</summary>
/// <param name="ItemId">The drive item id.</param>
/// <param name="WebUrl">Its address, for links in cards.</param>
/// <param name="Size">Bytes.</param>
public sealed record UploadedDocument(string ItemId, string? WebUrl, long Size);
