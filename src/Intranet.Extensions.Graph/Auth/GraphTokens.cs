using Azure.Core;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Intranet.Extensions.Graph.Auth;

/// <summary>
/// The app registration as an MSAL confidential client: app-only Graph tokens by client credentials, and
/// delegated ones on behalf of a signed-in person (channel posts are delegated-only).
/// </summary>
internal sealed class GraphTokens
{
    private readonly GraphOptions _options;
    private readonly Lazy<IConfidentialClientApplication> _app;

    public GraphTokens(IOptions<GraphOptions> options, IHttpClientFactory httpClients)
    {
        _options = options.Value;
        _app = new Lazy<IConfidentialClientApplication>(() =>
        {
            if (string.IsNullOrEmpty(_options.ClientSecret))
            {
                throw new InvalidOperationException("Intranet:Graph:ClientSecret is needed for Graph tokens (or register a TokenCredential with the GraphServiceKeys.Credential key).");
            }

            return ConfidentialClientApplicationBuilder.Create(_options.ClientId)
                .WithClientSecret(_options.ClientSecret)
                .WithAuthority(new Uri(new Uri(_options.Instance), _options.TenantId + "/").ToString(), validateAuthority: false)
                .WithInstanceDiscovery(false)
                .WithHttpClientFactory(new MsalHttpClients(httpClients))
                .Build();
        });
    }

    /// <summary>App-only tokens (client credentials) as an Azure.Core credential for the Graph SDK.</summary>
    public TokenCredential AppCredential => new MsalCredential(async (scopes, ct) =>
        await _app.Value.AcquireTokenForClient(scopes).ExecuteAsync(ct).ConfigureAwait(false));

    /// <summary>Delegated tokens on behalf of the person whose access token to this API is <paramref name="userAssertion"/>.</summary>
    public TokenCredential OnBehalfOf(string userAssertion) => new MsalCredential(async (scopes, ct) =>
        await _app.Value.AcquireTokenOnBehalfOf(scopes, new UserAssertion(userAssertion)).ExecuteAsync(ct).ConfigureAwait(false));

    private sealed class MsalCredential(Func<string[], CancellationToken, Task<AuthenticationResult>> acquire) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var result = await acquire(requestContext.Scopes, cancellationToken).ConfigureAwait(false);
            return new AccessToken(result.AccessToken, result.ExpiresOn);
        }
    }

    private sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(GraphServiceKeys.TokenHttpClient);
    }
}
