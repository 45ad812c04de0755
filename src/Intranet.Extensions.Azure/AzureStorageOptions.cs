using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure;

/// <summary>
/// Options of the Azure Storage package (<c>Intranet:Azure</c>): the account, and which parts of the runtime run on it.
/// With no account configured every part stays on the embedded defaults.
/// </summary>
public sealed class AzureStorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Intranet:Azure";

    internal const string NamePattern = "^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$";
    internal const string NameError = "must be 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit";

    /// <summary>
    /// A storage connection string (from a secret store; never in the repository). Use either this or
    /// <see cref="BlobServiceUri"/> with an Entra ID credential.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob endpoint, e.g. <c>https://{account}.blob.core.windows.net</c>; authenticated with <c>DefaultAzureCredential</c>.</summary>
    [Url]
    public string? BlobServiceUri { get; set; }

    /// <summary>The queue endpoint; derived from <see cref="BlobServiceUri"/> (<c>.blob.</c> → <c>.queue.</c>) when not given.</summary>
    [Url]
    public string? QueueServiceUri { get; set; }

    /// <summary>The client id of a user-assigned managed identity for <c>DefaultAzureCredential</c>; the system-assigned one when not given.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The container of the state store (and the outbox ledger).</summary>
    [Required]
    [RegularExpression(NamePattern, ErrorMessage = "Intranet:Azure:StateContainer " + NameError + ".")]
    public string StateContainer { get; set; } = "intranet-state";

    /// <summary>The container of the document store.</summary>
    [Required]
    [RegularExpression(NamePattern, ErrorMessage = "Intranet:Azure:DocumentsContainer " + NameError + ".")]
    public string DocumentsContainer { get; set; } = "intranet-documents";

    /// <summary>
    /// Most connections this host keeps open to each storage endpoint (blob, queue); further requests wait for a free one.
    /// A burst of a thousand clicks then reuses a few warm sockets instead of opening a thousand, which would exhaust
    /// App Service's outbound (SNAT) ports and overrun the endpoint's accept queue.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxConnectionsPerEndpoint { get; set; } = 64;

    /// <summary>Creates the containers and queues at start when they do not exist (needs the right to create them).</summary>
    public bool CreateIfNotExists { get; set; } = true;

    /// <summary>Where <c>IStateStore</c> lives: on Blob Storage, or the embedded file store.</summary>
    public AzureBackend State { get; set; } = AzureBackend.Auto;

    /// <summary>Where <c>IDocumentStore</c> lives: on Blob Storage, or the embedded file store.</summary>
    public AzureBackend Documents { get; set; } = AzureBackend.Auto;

    /// <summary>Where the outbox lives: on Storage queues with a blob ledger, or the runtime's outbox on the state store.</summary>
    public AzureBackend Outbox { get; set; } = AzureBackend.Auto;

    /// <summary>The queue-backed outbox.</summary>
    [ValidateObjectMembers]
    public AzureQueueOutboxOptions Queue { get; set; } = new();

    /// <summary>True when an account is configured (a connection string or a blob endpoint).</summary>
    public bool HasAccount => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(BlobServiceUri);

    /// <summary>Whether <paramref name="backend"/> resolves to Azure with these options.</summary>
    public bool UsesAzure(AzureBackend backend) => backend == AzureBackend.Azure || (backend == AzureBackend.Auto && HasAccount);
}
