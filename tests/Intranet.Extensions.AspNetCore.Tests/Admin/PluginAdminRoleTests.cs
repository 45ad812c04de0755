using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Intranet.Extensions.AspNetCore.Admin;
using Intranet.Extensions.AspNetCore.Tests.Bot.TestPlugin;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.People.Roster;
using Intranet.Extensions.Testing.Emulators;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Extensions.AspNetCore.Tests.Admin;

/// <summary>A plugin's admin operation with a role of its own, served by the admin API behind Entra ID.</summary>
public sealed class PluginAdminRoleTests : IAsyncLifetime
{
    private const string TenantId = "0d3c7a52-0000-4000-8000-0000000000aa";
    private const string ClientId = "9b8a7c6d-0000-4000-8000-0000000ad414";
    private const string Kim = "11111111-0000-4000-8000-000000000001";
    private readonly OpenIdIssuerEmulator _issuer = new();
    private WebApplication _app = null!;
    private string _dataPath = null!;

    public async Task InitializeAsync()
    {
        await _issuer.StartAsync();
        _dataPath = Path.Combine(Path.GetTempPath(), "plugin-admin-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dataPath);
        await RosterFile.WriteJsonAsync(Path.Combine(_dataPath, "roster.json"),
            [new() { Id = Kim, DisplayName = "김과장", Department = "민원여권과", PreferredLanguage = "ko-KR" }]);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddIntranetExtensions(o =>
        {
            o.DataPath = _dataPath;
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
        }).AddAspNetCore().AddRecorder().AddEntraIdAuth(o =>
        {
            o.Instance = _issuer.Instance.ToString();
            o.TenantId = TenantId;
            o.ClientId = ClientId;
        });
        builder.Services.Configure<JwtBearerOptions>(IntranetAuthExtensions.Scheme, o =>
        {
            o.RequireHttpsMetadata = false; // the loopback issuer has no TLS
            o.TokenValidationParameters.ValidIssuer = _issuer.EntraIssuer(TenantId);
        });
        _app = builder.Build();
        _app.MapIntranetExtensions();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _issuer.StopAsync();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Theory]
    [InlineData("Recorder.Manage", HttpStatusCode.OK)]
    [InlineData(IntranetRoles.Admin, HttpStatusCode.OK)]
    [InlineData(IntranetRoles.ManualsPublish, HttpStatusCode.Forbidden)]
    public async Task The_plugins_own_role_or_Intranet_Admin_runs_the_operation_and_any_other_role_is_403(string role, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/api/recorder/count") { Content = JsonContent.Create(new JsonObject()) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _issuer.CreateEntraToken(TenantId, ClientId, Kim, [role]));

        using var response = await _app.GetTestClient().SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(Kim, (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["caller"]);
        }
    }

    [Fact]
    public async Task Without_a_token_the_operation_is_401()
    {
        using var response = await _app.GetTestClient().PostAsync("/admin/api/recorder/count", JsonContent.Create(new JsonObject()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
