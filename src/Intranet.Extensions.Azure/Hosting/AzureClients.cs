using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Azure.Hosting;

/// <summary>The blob and queue service clients of the configured account, made once on first use.</summary>
internal sealed class AzureClients
{
    private readonly Lazy<BlobServiceClient> _blobs;
    private readonly Lazy<QueueServiceClient> _queues;

    private readonly Lazy<TokenCredential> _credential;

    public AzureClients(IOptions<AzureStorageOptions> options, IServiceProvider services)
    {
        var credential = _credential = new Lazy<TokenCredential>(() =>
            services.GetKeyedService<TokenCredential>(AzureServiceKeys.Credential)
            ?? new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.Value.ManagedIdentityClientId }));
        _blobs = new Lazy<BlobServiceClient>(() =>
        {
            var o = options.Value;
            return string.IsNullOrWhiteSpace(o.ConnectionString)
                ? new BlobServiceClient(new Uri(Require(o.BlobServiceUri, "BlobServiceUri")), credential.Value, Configure(new BlobClientOptions(), o))
                : new BlobServiceClient(o.ConnectionString, Configure(new BlobClientOptions(), o));
        });
        _queues = new Lazy<QueueServiceClient>(() =>
        {
            var o = options.Value;
            return string.IsNullOrWhiteSpace(o.ConnectionString)
                ? new QueueServiceClient(QueueUri(o) ?? throw new InvalidOperationException("Intranet:Azure:QueueServiceUri is not configured."), credential.Value, Configure(new QueueClientOptions(), o))
                : new QueueServiceClient(o.ConnectionString, Configure(new QueueClientOptions(), o));
        });
    }

    public BlobServiceClient Blobs => _blobs.Value;

    public QueueServiceClient Queues => _queues.Value;

    /// <summary>The credential used with service endpoints: the host's keyed one, or <c>DefaultAzureCredential</c>.</summary>
    public TokenCredential Credential => _credential.Value;

    /// <summary>The queue endpoint: configured, or the blob endpoint's account with <c>.queue.</c> for <c>.blob.</c>.</summary>
    internal static Uri? QueueUri(AzureStorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.QueueServiceUri))
        {
            return new Uri(options.QueueServiceUri);
        }

        if (Uri.TryCreate(options.BlobServiceUri, UriKind.Absolute, out var blob) && blob.Host.Contains(".blob.", StringComparison.OrdinalIgnoreCase))
        {
            return new UriBuilder(blob) { Host = blob.Host.Replace(".blob.", ".queue.", StringComparison.OrdinalIgnoreCase) }.Uri;
        }

        return null;
    }

    // Short, bounded retries: callers (the outbox worker, UpdateAsync loops) retry on their own, and a store that is down
    // should say so within seconds rather than hold a request for a minute. Connections are pooled per endpoint and
    // bounded; they are renewed now and then so a moved endpoint (DNS) is followed.
    private static T Configure<T>(T options, AzureStorageOptions storage) where T : global::Azure.Core.ClientOptions
    {
        options.Retry.MaxRetries = 3;
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        options.Transport = new HttpClientTransport(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = storage.MaxConnectionsPerEndpoint,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });
        return options;
    }

    private static string Require(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"Intranet:Azure:{name} is not configured.") : value;
}
