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

/// <summary>Outlook's Action.Http target: the clicker's Entra ID token names the actor; the answer refreshes the card.</summary>
public sealed class OutlookActionsTests : IAsyncLifetime
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
        _dataPath = Path.Combine(Path.GetTempPath(), "outlook-test-" + Guid.NewGuid().ToString("N"));
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
        }).AddRecorder().AddEntraIdAuth(o =>
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
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapOutlookActions();
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

    [Fact]
    public async Task A_click_with_the_persons_Entra_token_runs_the_handler_as_them_and_refreshes_the_card_in_the_body()
    {
        using var response = await PostAsync(_issuer.CreateEntraToken(TenantId, ClientId, Kim, scopes: "access_as_user"), "recorder.press", new JsonObject { ["count"] = "4" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("true", response.Headers.GetValues("CARD-UPDATE-IN-BODY").Single());
        var card = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("pressed by 김과장 (4)", (string?)card!["body"]![0]!["text"]);
        var call = Assert.Single(_app.Services.GetRequiredService<PressLog>().Calls);
        Assert.Equal(Kim, call.Actor.Id);
        Assert.Equal("outlook", call.Channel);
    }

    [Fact]
    public async Task An_unknown_verb_answers_400_and_no_token_401_without_running_anything()
    {
        var token = _issuer.CreateEntraToken(TenantId, ClientId, Kim, scopes: "access_as_user");

        using var unknown = await PostAsync(token, "nobody.nothing", null);
        using var anonymous = await PostAsync(null, "recorder.press", null);
        using var forged = await PostAsync(_issuer.CreateEntraToken(TenantId, ClientId, Kim, key: _issuer.ForeignKey, scopes: "access_as_user"), "recorder.press", null);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Empty(_app.Services.GetRequiredService<PressLog>().Calls);
    }

    private async Task<HttpResponseMessage> PostAsync(string? token, string verb, JsonObject? data)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/outlook/actions")
        {
            Content = JsonContent.Create(new JsonObject { ["verb"] = verb, ["data"] = data }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _app.GetTestClient().SendAsync(request);
    }
}
