using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace Intranet.Extensions.Graph.Hosting;

/// <summary>
/// Builds the real <see cref="GraphServiceClient"/> on the configured service root, with the SDK's default
/// middleware (retry honouring <c>Retry-After</c>, redirects, compression) and the given credential.
/// </summary>
internal sealed class GraphClients : IDisposable
{
    private readonly GraphOptions _options;
    private readonly HttpClient _http;
    private readonly Lazy<GraphServiceClient> _app;

    public GraphClients(IOptions<GraphOptions> options, [FromKeyedServices(GraphServiceKeys.Credential)] TokenCredential credential)
    {
        _options = options.Value;
        _http = GraphClientFactory.Create(
            GraphClientFactory.CreateDefaultHandlers(),
            finalHandler: new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        _app = new Lazy<GraphServiceClient>(() => For(credential));
    }

    /// <summary>The client with app-only permissions.</summary>
    public GraphServiceClient App => _app.Value;

    /// <summary>A client that authenticates with <paramref name="credential"/> (e.g. on behalf of a person).</summary>
    public GraphServiceClient For(TokenCredential credential)
    {
        var host = new Uri(_options.BaseUrl).Host;
        var auth = new AzureIdentityAuthenticationProvider(credential, [host], null, false, ScopeFor(_options));
        return new GraphServiceClient(_http, auth, _options.BaseUrl.TrimEnd('/'));
    }

    public void Dispose() => _http.Dispose();

    private static string[] ScopeFor(GraphOptions options) => [options.Scope];
}
