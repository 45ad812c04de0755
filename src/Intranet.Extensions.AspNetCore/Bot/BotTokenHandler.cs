using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Abstractions;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>
/// Puts the bot's own Bot Connector token on every outbound request: client credentials of the bot's app
/// registration through Microsoft.Identity.Web's token acquisition (named options <see cref="AuthenticationOptionsName"/>),
/// cached in its token cache until shortly before expiry.
/// </summary>
internal sealed class BotTokenHandler(IAuthorizationHeaderProvider headers, IOptions<BotOptions> options) : DelegatingHandler
{
    /// <summary>The name of the bot's <c>MicrosoftIdentityApplicationOptions</c>.</summary>
    public const string AuthenticationOptionsName = "Intranet.Bot";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.AppSecret))
        {
            throw new InvalidOperationException("Intranet:Bot:AppSecret is needed to send proactive messages.");
        }

        var header = await headers.CreateAuthorizationHeaderForAppAsync(
            options.Value.ConnectorScope,
            new AuthorizationHeaderProviderOptions { AcquireTokenOptions = new AcquireTokenOptions { AuthenticationOptionsName = AuthenticationOptionsName } },
            cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(header);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
