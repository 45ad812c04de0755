using System.Net;
using Intranet.Extensions.AspNetCore;
using Intranet.Extensions.AspNetCore.DevInbox;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.People;
using Intranet.Extensions.People.Roster;
using Intranet.Extensions.Plugins;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Intranet.Extensions.Testing.Hosting;

/// <summary>
/// The ASP.NET Core surface (dev inbox, admin API, health) over the real runtime on a temp file store and a fake
/// clock, served in memory by TestServer, with no background workers. Tests send HTTP requests to it.
/// </summary>
public sealed class IntranetWebTestHost : IAsyncDisposable
{
    /// <summary>The header naming the caller of the admin API on the embedded default.</summary>
    public const string DevUserHeader = "X-Intranet-Dev-User";

    private readonly WebApplication _app;
    private readonly string _dataPath;

    private IntranetWebTestHost(WebApplication app, string dataPath)
    {
        _app = app;
        _dataPath = dataPath;
        Client = app.GetTestClient();
    }

    /// <summary>A client of the in-memory server.</summary>
    public HttpClient Client { get; }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a host with the given roster and plugins.</summary>
    /// <param name="people">The roster.</param>
    /// <param name="addPlugins">Adds plugins, e.g. <c>b =&gt; b.AddManuals()</c>.</param>
    /// <param name="environment">The hosting environment; the dev inbox is on in Development by default.</param>
    /// <param name="devInboxEnabled">Overrides whether the dev inbox is served.</param>
    /// <param name="remoteAddress">Pretends every request comes from this address.</param>
    public static async Task<IntranetWebTestHost> StartAsync(
        IEnumerable<StaffMember> people,
        Action<IIntranetBuilder> addPlugins,
        string environment = "Development",
        bool? devInboxEnabled = null,
        IPAddress? remoteAddress = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "intranet-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        await RosterFile.WriteJsonAsync(Path.Combine(dataPath, "roster.json"), people);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(IntranetTestHost.DefaultStart));
        var intranet = builder.Services.AddIntranetExtensions(o =>
        {
            o.DataPath = dataPath;
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
        }).AddAspNetCore((DevInboxOptions o) => o.Enabled = devInboxEnabled);
        addPlugins(intranet);

        var app = builder.Build();
        if (remoteAddress is not null)
        {
            app.Use((context, next) =>
            {
                context.Connection.RemoteIpAddress = remoteAddress;
                return next(context);
            });
        }

        app.MapIntranetExtensions();
        await app.StartAsync();
        return new IntranetWebTestHost(app, dataPath);
    }

    /// <summary>Sends a request as <paramref name="user"/> (the admin API's dev caller header).</summary>
    public Task<HttpResponseMessage> SendAsAsync(HttpMethod method, string url, string? user, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        if (user is not null)
        {
            request.Headers.Add(DevUserHeader, user);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Every stored document and file with its ETag, to prove a refused request changed nothing.</summary>
    public Task<IReadOnlyDictionary<string, string>> SnapshotAsync() => StoreSnapshot.TakeAsync(Services);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test over clean-up.
        }
    }
}
