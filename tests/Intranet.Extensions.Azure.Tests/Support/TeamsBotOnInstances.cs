using Intranet.Extensions.AspNetCore.Bot;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Testing.Emulators;
using Microsoft.Extensions.DependencyInjection;
using IMsalHttpClientFactory = Microsoft.Identity.Client.IMsalHttpClientFactory;

namespace Intranet.Extensions.Azure.Tests.Support;

/// <summary>
/// The production Teams channel (<c>AddTeamsBot</c>) on a host instance: tokens by client credentials from the loopback
/// issuer, the Bot Connector emulator as service URL, conversations and deliveries in the shared state store.
/// </summary>
internal static class TeamsBotOnInstances
{
    public const string AppId = "6f1c0a6e-0000-4000-8000-00000000b07a";
    public const string AppSecret = "test-secret-made-at-run-time";

    /// <summary>Lets the bot's app registration take tokens from the setup's issuer.</summary>
    public static void RegisterBot(this AzureSetup setup) => setup.Issuer.RegisterClient(AppId, AppSecret);

    public static IIntranetBuilder AddTeamsBot(this IIntranetBuilder builder, AzureSetup setup, int requestsPerSecondPerTenant) =>
        builder.AddTeamsBot(o =>
        {
            o.AppId = AppId;
            o.AppSecret = AppSecret;
            o.TenantId = AzureSetup.TenantId;
            o.OpenIdMetadataUrl = setup.Issuer.BotMetadataUrl.ToString();
            o.AllowHttpMetadata = true;
            o.Instance = new UriBuilder(setup.Issuer.Instance) { Scheme = "https" }.Uri.ToString();
            o.DefaultServiceUrl = setup.Connector.BaseAddress.ToString();
            o.RequestsPerSecondPerTenant = requestsPerSecondPerTenant;
        });

    /// <summary>MSAL on loopback only, and a count of the activities this instance posted.</summary>
    public static void AddLoopbackBotClients(this IServiceCollection services, PostCounter posts)
    {
        services.AddSingleton<IMsalHttpClientFactory>(new LoopbackMsalHttpClients());
        services.AddHttpClient(BotHttpClients.Connector).AddHttpMessageHandler(() => new PostCounting(posts));
    }

    /// <summary>Activities one instance posted (answered 2xx).</summary>
    internal sealed class PostCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }

    private sealed class PostCounting(PostCounter posts) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/activities", StringComparison.Ordinal) && response.IsSuccessStatusCode)
            {
                posts.Add();
            }

            return response;
        }
    }
}
