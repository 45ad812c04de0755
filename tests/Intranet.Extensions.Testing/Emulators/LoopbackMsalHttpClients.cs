using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Identity.Client;

namespace Intranet.Extensions.Testing.Emulators;

/// <summary>MSAL's HTTP for tests: loopback https goes over http; any other host fails as if offline, never sent.</summary>
public sealed class LoopbackMsalHttpClients : IMsalHttpClientFactory
{
    private readonly HttpClient _client = new(new LoopbackOnly());

    /// <summary>Hosts other than loopback MSAL asked for; answered here or refused, never sent.</summary>
    public static System.Collections.Concurrent.ConcurrentBag<string> Refused { get; } = [];

    /// <inheritdoc />
    public HttpClient GetHttpClient() => _client;

    private sealed class LoopbackOnly() : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri is { AbsolutePath: "/common/discovery/instance" } discovery)
            {
                // MSAL asks the public cloud about an authority host it does not know; answer for the public cloud
                // that the loopback issuer is its own only alias, as Entra answers for a sovereign host.
                Refused.Add(discovery.Host);
                var endpoint = new Uri(System.Web.HttpUtility.ParseQueryString(discovery.Query)["authorization_endpoint"]!);
                var host = endpoint.Authority;
                var answer = new JsonObject
                {
                    ["tenant_discovery_endpoint"] = $"https://{host}/{endpoint.Segments[1].TrimEnd('/')}/v2.0/.well-known/openid-configuration",
                    ["api-version"] = "1.1",
                    ["metadata"] = new JsonArray(new JsonObject { ["preferred_network"] = host, ["preferred_cache"] = host, ["aliases"] = new JsonArray(host) }),
                };
                return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(answer.ToJsonString(), Encoding.UTF8, "application/json") });
            }

            if (request.RequestUri is not { Host: "127.0.0.1" } uri)
            {
                Refused.Add(request.RequestUri?.Host ?? "");
                throw new HttpRequestException($"Tests reach loopback only, not {request.RequestUri?.Host}.");
            }

            request.RequestUri = new UriBuilder(uri) { Scheme = "http" }.Uri;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
