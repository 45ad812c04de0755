using Azure.Storage.Blobs;
using Intranet.Extensions.Azure.Hosting;

namespace Intranet.Extensions.Azure.Storage;

/// <summary>A container the stores use; created on first use (and at start) when the options allow.</summary>
internal sealed class BlobContainer
{
    private readonly BlobContainerClient _client;
    private readonly CreateOnce? _create;

    public BlobContainer(BlobContainerClient client, bool createIfNotExists)
    {
        _client = client;
        _create = createIfNotExists ? new CreateOnce(async ct => await client.CreateIfNotExistsAsync(cancellationToken: ct).ConfigureAwait(false)) : null;
    }

    /// <summary>The container's name.</summary>
    public string Name => _client.Name;

    /// <summary>The client, once the container exists.</summary>
    public async ValueTask<BlobContainerClient> GetAsync(CancellationToken cancellationToken)
    {
        if (_create is not null)
        {
            await _create.EnsureAsync(cancellationToken).ConfigureAwait(false);
        }

        return _client;
    }

    /// <summary>A blob of the container, once the container exists.</summary>
    public async ValueTask<BlobClient> BlobAsync(string name, CancellationToken cancellationToken) =>
        (await GetAsync(cancellationToken).ConfigureAwait(false)).GetBlobClient(name);
}
