using Intranet.Extensions.Azure.Hosting;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure.Storage;

/// <summary>The blob stores of the configured account, whether or not the host chose them as its stores.</summary>
internal sealed class AzureStores
{
    private readonly Lazy<BlobContainer> _state;
    private readonly Lazy<BlobContainer> _documents;
    private readonly Lazy<BlobStateStore> _stateStore;
    private readonly Lazy<BlobDocumentStore> _documentStore;

    public AzureStores(AzureClients clients, IOptions<AzureStorageOptions> options)
    {
        _state = new(() => new BlobContainer(clients.Blobs.GetBlobContainerClient(options.Value.StateContainer), options.Value.CreateIfNotExists));
        _documents = new(() => new BlobContainer(clients.Blobs.GetBlobContainerClient(options.Value.DocumentsContainer), options.Value.CreateIfNotExists));
        _stateStore = new(() => new BlobStateStore(_state.Value));
        _documentStore = new(() => new BlobDocumentStore(_documents.Value));
    }

    /// <summary>The state container (state store and outbox ledger).</summary>
    public BlobContainer StateContainer => _state.Value;

    /// <summary>The documents container.</summary>
    public BlobContainer DocumentsContainer => _documents.Value;

    /// <summary>The state store on the state container.</summary>
    public BlobStateStore State => _stateStore.Value;

    /// <summary>The document store on the documents container.</summary>
    public BlobDocumentStore Documents => _documentStore.Value;
}
