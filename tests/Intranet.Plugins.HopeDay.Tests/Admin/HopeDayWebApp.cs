using Intranet.Extensions.AspNetCore;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.People;
using Intranet.Extensions.People.Roster;
using Intranet.Extensions.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Intranet.Plugins.HopeDay.Tests.Admin;

/// <summary>
/// A minimal ASP.NET Core host in Development (dev inbox and dev admin API) with Hope Day on a temp file store and a
/// fake clock, served in memory by TestServer.
/// </summary>
internal sealed class HopeDayWebApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dataPath;

    private HopeDayWebApp(WebApplication app, string dataPath)
    {
        _app = app;
        _dataPath = dataPath;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<HopeDayWebApp> StartAsync(IEnumerable<StaffMember> people)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "hopeday-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataPath);
        await RosterFile.WriteJsonAsync(Path.Combine(dataPath, "roster.json"), people);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(IntranetTestHost.DefaultStart));
        builder.Services.AddIntranetExtensions(o =>
        {
            o.DataPath = dataPath;
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
        }).AddAspNetCore().AddHopeDay();

        var app = builder.Build();
        app.MapIntranetExtensions();
        await app.StartAsync();
        return new HopeDayWebApp(app, dataPath);
    }

    /// <summary>A request to the admin API as <paramref name="user"/> (the dev caller header).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string user, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-Intranet-Dev-User", user);
        return Client.SendAsync(request);
    }

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
            // A leftover temp folder is harmless.
        }
    }
}
