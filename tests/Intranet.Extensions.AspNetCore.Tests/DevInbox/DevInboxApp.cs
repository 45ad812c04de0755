using System.Net;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Outbox;
using Intranet.Extensions.People;
using Intranet.Extensions.People.Roster;
using Intranet.Extensions.Storage;
using Intranet.Samples.PraisePlugin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intranet.Extensions.AspNetCore.Tests.DevInbox;

/// <summary>A minimal host with the dev inbox and the praise plugin on a temp file store, served in memory.</summary>
internal sealed class DevInboxApp : IAsyncDisposable
{
    public static readonly StaffMember[] People =
    [
        new() { Id = "u01", DisplayName = "김과장", Department = "민원여권과", PreferredLanguage = "ko-KR" },
        new() { Id = "u02", DisplayName = "이주무관", Department = "민원여권과", PreferredLanguage = "ko-KR", ManagerId = "u01" },
        new() { Id = "u03", DisplayName = "Emma Park", Department = "민원여권과", PreferredLanguage = "en-US", ManagerId = "u01" },
    ];

    private readonly WebApplication _app;
    private readonly string _dataPath;

    private DevInboxApp(WebApplication app, string dataPath)
    {
        _app = app;
        _dataPath = dataPath;
    }

    public HttpClient Client => _app.GetTestClient();

    public IServiceProvider Services => _app.Services;

    public static async Task<DevInboxApp> StartAsync(
        string environment = "Development", bool? enabled = null, IPAddress? remoteAddress = null)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "devinbox-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        await RosterFile.WriteJsonAsync(Path.Combine(dataPath, "roster.json"), People);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Services.AddIntranetExtensions(o =>
        {
            o.DataPath = dataPath;
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
        }).AddAspNetCore(o => o.Enabled = enabled).AddPraise();

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
        return new DevInboxApp(app, dataPath);
    }

    /// <summary>Sends the praise form to everyone and delivers it; returns the message id u02 got.</summary>
    public async Task<string> DeliverComposeCardAsync()
    {
        var outbox = Services.GetRequiredService<IOutbox>();
        await outbox.EnqueueAsync(new OutboxMessage
        {
            Id = "compose",
            PluginId = "praise",
            CardName = "compose",
            Audience = Audience.All,
            Card = c => new Intranet.Extensions.Cards.AdaptiveCard
            {
                Body = [new Intranet.Extensions.Cards.TextBlock("compose")],
                Actions = [new Intranet.Extensions.Cards.ExecuteAction("praise.compose", "go")],
            },
        });
        while (await Services.GetRequiredService<OutboxProcessor>().ProcessDueAsync() > 0)
        {
        }

        var inbox = await Services.GetRequiredService<Intranet.Extensions.Delivery.DevInbox.DevInboxStore>().ListAsync("u02");
        return inbox.Single().Id;
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

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
