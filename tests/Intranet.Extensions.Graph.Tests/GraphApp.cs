using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Outbox;
using Intranet.Extensions.Testing.Emulators;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Extensions.Graph.Tests;

/// <summary>
/// The runtime with <c>AddMicrosoftGraph</c>, its real <c>GraphServiceClient</c> pointed at the Graph emulator,
/// app-only tokens from the loopback issuer's token endpoint, and on-behalf-of tokens through MSAL.
/// </summary>
internal sealed class GraphApp : IAsyncDisposable
{
    public const string TenantId = "0d3c7a52-0000-4000-8000-0000000000aa";
    public const string ClientId = "8a9b0c1d-0000-4000-8000-00000000a11a";
    public const string ClientSecret = "graph-test-secret-made-at-run-time";
    public const string Sender = "intranet-noreply@contoso.example";
    public const string Originator = "c3a1f8e2-0000-4000-8000-0000000a0e1d";
    public const string TeamsAppId = "5f3b2a10-0000-4000-8000-0000000000ff";
    public const string DriveId = "b!manuals-library";

    private readonly ServiceProvider _services;
    private readonly string _dataPath;

    private GraphApp(ServiceProvider services, string dataPath, OpenIdIssuerEmulator issuer, GraphEmulator graph)
    {
        _services = services;
        _dataPath = dataPath;
        Issuer = issuer;
        Graph = graph;
    }

    public OpenIdIssuerEmulator Issuer { get; }

    public GraphEmulator Graph { get; }

    public IServiceProvider Services => _services;

    public static async Task<GraphApp> StartAsync(Action<GraphEmulator>? seed = null, Action<GraphOptions>? configure = null)
    {
        var issuer = new OpenIdIssuerEmulator();
        await issuer.StartAsync();
        issuer.RegisterClient(ClientId, ClientSecret);
        var graph = new GraphEmulator(issuer);
        await graph.StartAsync();
        graph.AddUser(Sender, "인트라넷 알림", Sender, Sender);
        seed?.Invoke(graph);

        var dataPath = Path.Combine(Path.GetTempPath(), "graph-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        var services = new ServiceCollection().AddLogging();
        services.AddKeyedSingleton<TokenCredential>(GraphServiceKeys.Credential, new EmulatorCredential(issuer, TenantId, ClientId, ClientSecret));
        services.AddIntranetExtensions(o =>
        {
            o.DataPath = dataPath;
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
        }).AddMicrosoftGraph(o =>
        {
            o.BaseUrl = graph.ServiceRoot;
            o.Instance = new UriBuilder(issuer.Instance) { Scheme = "https" }.Uri.ToString();
            o.TenantId = TenantId;
            o.ClientId = ClientId;
            o.ClientSecret = ClientSecret;
            o.MailSender = Sender;
            o.Originator = Originator;
            o.TeamsAppId = TeamsAppId;
            o.DocumentDriveId = DriveId;
            configure?.Invoke(o);
        });

        // MSAL insists on an https authority; the loopback issuer has no certificate, so its calls go over http.
        services.AddHttpClient(GraphServiceKeys.TokenHttpClient).ConfigurePrimaryHttpMessageHandler(() => new LoopbackHttpsDowngrade());
        return new GraphApp(services.BuildServiceProvider(), dataPath, issuer, graph);
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Enqueues a card for <paramref name="audience"/> on <paramref name="channel"/> and runs the outbox until done.</summary>
    public async Task<OutboxStatus> SendAsync(Intranet.Extensions.People.Audience audience, string channel, Intranet.Extensions.Cards.AdaptiveCard card)
    {
        var outbox = Get<IOutbox>();
        var receipt = await outbox.EnqueueAsync(new OutboxMessage
        {
            PluginId = "manuals",
            CardName = "test",
            Audience = audience,
            Card = _ => card,
            Channel = channel,
        });
        while (await Get<OutboxProcessor>().ProcessDueAsync() > 0)
        {
        }

        return (await outbox.GetStatusAsync(receipt.MessageId))!;
    }

    /// <summary>The recorded requests whose path contains <paramref name="part"/>, with JSON bodies.</summary>
    public IReadOnlyList<RecordedRequest> Requests(string method, string part) =>
        [.. Graph.Requests.Where(r => r.Method == method && r.PathAndQuery.Contains(part, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Graph.StopAsync();
        await Issuer.StopAsync();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>App-only tokens from the loopback issuer's token endpoint (client credentials over plain http).</summary>
internal sealed class EmulatorCredential(OpenIdIssuerEmulator issuer, string tenantId, string clientId, string secret) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        using var client = issuer.CreateClient();
        using var response = await client.PostAsync($"{tenantId}/oauth2/v2.0/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = string.Join(' ', requestContext.Scopes),
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        var json = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!;
        return new AccessToken((string)json["access_token"]!, DateTimeOffset.UtcNow.AddSeconds((int)json["expires_in"]!));
    }
}

/// <summary>Sends MSAL's https requests for the loopback issuer over http.</summary>
internal sealed class LoopbackHttpsDowngrade : DelegatingHandler
{
    public LoopbackHttpsDowngrade() : base(new SocketsHttpHandler()) { }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { Scheme: "https", Host: "127.0.0.1" } uri)
        {
            request.RequestUri = new UriBuilder(uri) { Scheme = "http" }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
