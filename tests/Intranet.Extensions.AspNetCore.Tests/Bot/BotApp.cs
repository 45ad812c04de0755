using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Intranet.Extensions.AspNetCore.Admin;
using Intranet.Extensions.AspNetCore.Bot;
using Intranet.Extensions.AspNetCore.Tests.Bot.TestPlugin;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.People;
using Intranet.Extensions.People.Roster;
using Intranet.Extensions.Plugins;
using Intranet.Extensions.Storage;
using Intranet.Extensions.Testing.Emulators;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using IMsalHttpClientFactory = Microsoft.Identity.Client.IMsalHttpClientFactory;

namespace Intranet.Extensions.AspNetCore.Tests.Bot;

/// <summary>
/// A host with the bot mapped at <c>/api/messages</c> (served in memory), the loopback OpenID issuer as the Bot
/// Framework key set and Entra ID, and the Bot Connector emulator as every conversation's service URL.
/// </summary>
internal sealed class BotApp : IAsyncDisposable
{
    public const string AppId = "6f1c0a6e-0000-4000-8000-00000000b07a";
    public const string AppSecret = "test-secret-made-at-run-time";
    public const string TenantId = "0d3c7a52-0000-4000-8000-0000000000aa";
    public const string Kim = "11111111-0000-4000-8000-000000000001";
    public const string Emma = "11111111-0000-4000-8000-000000000003";

    public static readonly StaffMember[] People =
    [
        new() { Id = Kim, DisplayName = "김과장", Department = "민원여권과", PreferredLanguage = "ko-KR" },
        new() { Id = Emma, DisplayName = "Emma Park", Department = "민원여권과", PreferredLanguage = "en-US" },
    ];

    private readonly WebApplication _app;
    private readonly string _dataPath;

    private BotApp(WebApplication app, string dataPath, OpenIdIssuerEmulator issuer, BotConnectorEmulator connector)
    {
        _app = app;
        _dataPath = dataPath;
        Issuer = issuer;
        Connector = connector;
    }

    public OpenIdIssuerEmulator Issuer { get; }

    public BotConnectorEmulator Connector { get; }

    public HttpClient Client => _app.GetTestClient();

    public IServiceProvider Services => _app.Services;

    public string ServiceUrl => Connector.BaseAddress.ToString();

    public static async Task<BotApp> StartAsync(
        IEnumerable<StaffMember>? people = null,
        Action<IIntranetBuilder>? addPlugins = null,
        Action<BotOptions>? configure = null,
        int connectorRequestsPerSecond = 50,
        Action<IntranetOptions>? configureRuntime = null)
    {
        var issuer = new OpenIdIssuerEmulator();
        await issuer.StartAsync();
        issuer.RegisterClient(AppId, AppSecret);
        var connector = new BotConnectorEmulator(issuer, connectorRequestsPerSecond);
        await connector.StartAsync();

        var dataPath = Path.Combine(Path.GetTempPath(), "bot-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        await RosterFile.WriteJsonAsync(Path.Combine(dataPath, "roster.json"), people ?? People);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var intranet = builder.Services.AddIntranetExtensions(o =>
        {
            o.DataPath = dataPath;
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
            o.DefaultChannel = BotOptions.ChannelName;
            configureRuntime?.Invoke(o);
        }).AddAspNetCore().AddRecorder().AddTeamsBot(o =>
        {
            o.AppId = AppId;
            o.AppSecret = AppSecret;
            o.TenantId = TenantId;
            o.OpenIdMetadataUrl = issuer.BotMetadataUrl.ToString();
            o.AllowHttpMetadata = true;
            o.Instance = new UriBuilder(issuer.Instance) { Scheme = "https" }.Uri.ToString();
            o.DefaultServiceUrl = connector.BaseAddress.ToString();
            configure?.Invoke(o);
        });
        addPlugins?.Invoke(intranet);

        // A production host also serves the admin API: Microsoft.Identity.Web's web API auth next to the bot's token acquisition.
        intranet.AddEntraIdAuth(o =>
        {
            o.Instance = issuer.Instance.ToString();
            o.TenantId = TenantId;
            o.ClientId = "9b8a7c6d-0000-4000-8000-0000000ad414";
        });
        builder.Services.Configure<Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions>(
            IntranetAuthExtensions.Scheme, o => o.RequireHttpsMetadata = false); // the loopback issuer has no TLS

        // MSAL (under Microsoft.Identity.Web) takes its HttpClient from this factory: the loopback issuer has no TLS,
        // so https calls to it go over http, and nothing leaves the machine.
        builder.Services.AddSingleton<IMsalHttpClientFactory>(new LoopbackMsalHttpClients());

        var app = builder.Build();
        app.MapIntranetExtensions();
        app.MapTeamsBot();
        await app.StartAsync();
        return new BotApp(app, dataPath, issuer, connector);
    }

    /// <summary>A Teams-shaped <c>adaptiveCard/action</c> invoke from <paramref name="userObjectId"/>.</summary>
    public JsonObject Invoke(string userObjectId, string verb, JsonObject? data = null, string channelId = "msteams", string? replyToId = null, string? serviceUrl = null) => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-03-02T00:00:00.000Z",
        ["serviceUrl"] = serviceUrl ?? ServiceUrl,
        ["channelId"] = channelId,
        ["from"] = new JsonObject { ["id"] = "29:1teams-user-" + userObjectId, ["name"] = "someone", ["aadObjectId"] = userObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = TenantId, ["id"] = "a:" + userObjectId },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "Intranet" },
        ["replyToId"] = replyToId,
        ["locale"] = "ko-KR",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId }, ["source"] = new JsonObject { ["name"] = "message" } },
        ["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["id"] = "btn", ["verb"] = verb, ["data"] = data ?? new JsonObject() },
            ["trigger"] = "manual",
        },
    };

    /// <summary>A Teams-shaped activity of another type (message, conversationUpdate) from <paramref name="userObjectId"/>.</summary>
    public JsonObject Activity(string type, string userObjectId, Action<JsonObject>? change = null)
    {
        var activity = Invoke(userObjectId, "unused");
        activity["type"] = type;
        activity.Remove("name");
        activity.Remove("value");
        activity.Remove("replyToId");
        change?.Invoke(activity);
        return activity;
    }

    /// <summary>A token the Bot Connector would send, for this bot and service URL.</summary>
    public string Token(string? serviceUrl = null) => Issuer.CreateBotToken(AppId, serviceUrl ?? ServiceUrl);

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Every stored document and its ETag, to prove a request changed nothing.</summary>
    public async Task<IReadOnlyDictionary<string, string>> SnapshotAsync()
    {
        var snapshot = new Dictionary<string, string>();
        await foreach (var entry in Services.GetRequiredService<IStateStore>().ListAsync(""))
        {
            snapshot[entry.Key] = entry.ETag.Value;
        }

        return snapshot;
    }

    public PressLog Presses => Services.GetRequiredService<PressLog>();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await Connector.StopAsync();
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
