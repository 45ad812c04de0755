using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>
/// Puts the bot's own Bot Connector token on every outbound request: client credentials of the bot's app
/// registration, from the configured Entra instance and tenant, cached by MSAL until shortly before expiry.
/// </summary>
internal sealed class BotTokenHandler : DelegatingHandler
{
    private readonly Lazy<IConfidentialClientApplication> _app;
    private readonly string[] _scopes;

    public BotTokenHandler(IOptions<BotOptions> options, IHttpClientFactory httpClients)
    {
        var o = options.Value;
        _scopes = [o.ConnectorScope];
        _app = new Lazy<IConfidentialClientApplication>(() =>
        {
            if (string.IsNullOrEmpty(o.AppSecret))
            {
                throw new InvalidOperationException("Intranet:Bot:AppSecret is needed to send proactive messages.");
            }

            return ConfidentialClientApplicationBuilder.Create(o.AppId)
                .WithClientSecret(o.AppSecret)
                .WithAuthority(new Uri(new Uri(o.Instance), o.TenantId + "/").ToString(), validateAuthority: false)
                .WithInstanceDiscovery(false)
                .WithHttpClientFactory(new MsalHttpClients(httpClients))
                .Build();
        });
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await _app.Value.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>MSAL's HTTP goes through the host's factory, so proxies and test handlers apply.</summary>
    private sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => factory.CreateClient(BotHttpClients.Token);
    }
}
