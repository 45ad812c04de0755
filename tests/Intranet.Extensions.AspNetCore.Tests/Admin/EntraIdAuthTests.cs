using System.Net;
using System.Net.Http.Headers;
using Intranet.Extensions.AspNetCore.Admin;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Testing.Emulators;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intranet.Extensions.AspNetCore.Tests.Admin;

/// <summary>
/// Admin endpoints behind Entra ID through Microsoft.Identity.Web, with tokens of the loopback issuer: the app
/// role of each operation is required (Intranet.Admin passes all), anything else is 401 or 403.
/// </summary>
public sealed class EntraIdAuthTests : IAsyncLifetime
{
    private const string TenantId = "0d3c7a52-0000-4000-8000-0000000000aa";
    private const string ClientId = "9b8a7c6d-0000-4000-8000-0000000ad414";
    private const string Person = "11111111-0000-4000-8000-000000000001";
    private readonly OpenIdIssuerEmulator _issuer = new();
    private WebApplication _app = null!;
    private string _dataPath = null!;

    public async Task InitializeAsync()
    {
        await _issuer.StartAsync();
        _dataPath = Path.Combine(Path.GetTempPath(), "entra-test-" + Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddIntranetExtensions(o =>
        {
            o.DataPath = _dataPath;
            o.Outbox.RunWorker = false;
            o.Scheduler.RunWorker = false;
        }).AddEntraIdAuth(o =>
        {
            o.Instance = _issuer.Instance.ToString();
            o.TenantId = TenantId;
            o.ClientId = ClientId;
        });

        // The loopback issuer serves its metadata over http; production keeps the https requirement. The Entra
        // issuer validator of Microsoft.Identity.Web reads metadata over https only, so the tenant's issuer is
        // named here exactly as Entra's metadata names it; a token of another tenant still fails.
        builder.Services.Configure<JwtBearerOptions>(IntranetAuthExtensions.Scheme, o =>
        {
            o.RequireHttpsMetadata = false;
            o.TokenValidationParameters.ValidIssuer = _issuer.EntraIssuer(TenantId);
        });
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapPost("/admin/manuals/publish", () => Results.Ok("published")).RequireIntranetRole(IntranetRoles.ManualsPublish);
        _app.MapPost("/admin/ideas/review", () => Results.Ok("reviewed")).RequireIntranetRole(IntranetRoles.IdeasReview);
        _app.MapPost("/admin/hopeday/sessions", () => Results.Ok("organised")).RequireIntranetRole(IntranetRoles.HopeDayOrganize);
        _app.MapPost("/admin/settings", () => Results.Ok("changed")).RequireIntranetRole(IntranetRoles.Admin);
        _app.MapPost("/admin/api/{role}", async (string role, HttpContext context, IAuthorizationService authorization) =>
            (await authorization.AuthorizeAsync(context.User, IntranetAuthExtensions.PolicyFor(role))).Succeeded ? Results.Ok(role) : Results.Forbid())
            .RequireAuthorization(new AuthorizationPolicyBuilder(IntranetAuthExtensions.Scheme).RequireAuthenticatedUser().Build());
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
    [InlineData("/admin/manuals/publish", IntranetRoles.ManualsPublish)]
    [InlineData("/admin/ideas/review", IntranetRoles.IdeasReview)]
    [InlineData("/admin/hopeday/sessions", IntranetRoles.HopeDayOrganize)]
    [InlineData("/admin/settings", IntranetRoles.Admin)]
    public async Task Each_operation_passes_with_its_app_role(string path, string role)
    {
        Assert.Equal(HttpStatusCode.OK, await CallAsync(path, Token(role)));
    }

    [Theory]
    [InlineData("/admin/manuals/publish")]
    [InlineData("/admin/ideas/review")]
    [InlineData("/admin/hopeday/sessions")]
    public async Task Intranet_Admin_passes_every_operation(string path)
    {
        Assert.Equal(HttpStatusCode.OK, await CallAsync(path, Token(IntranetRoles.Admin)));
    }

    [Theory]
    [InlineData("/admin/manuals/publish", IntranetRoles.IdeasReview)]
    [InlineData("/admin/ideas/review", IntranetRoles.HopeDayOrganize)]
    [InlineData("/admin/settings", IntranetRoles.ManualsPublish)]
    public async Task Another_role_is_403(string path, string? role)
    {
        Assert.Equal(HttpStatusCode.Forbidden, await CallAsync(path, Token(role)));
    }

    [Fact]
    public async Task A_token_with_neither_roles_nor_scopes_is_refused_by_Microsoft_Identity_Web_with_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/admin/hopeday/sessions", Token(null)));

    [Fact]
    public async Task A_role_chosen_per_request_is_checked_with_PolicyFor()
    {
        Assert.Equal(HttpStatusCode.OK, await CallAsync("/admin/api/Praise.Manage", Token("Praise.Manage")));
        Assert.Equal(HttpStatusCode.OK, await CallAsync("/admin/api/Praise.Manage", Token(IntranetRoles.Admin)));
        Assert.Equal(HttpStatusCode.Forbidden, await CallAsync("/admin/api/Praise.Manage", Token(IntranetRoles.IdeasReview)));
    }

    [Fact]
    public async Task No_token_is_401() => Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/admin/settings", null));

    [Fact]
    public async Task A_token_for_another_app_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/admin/settings", _issuer.CreateEntraToken(TenantId, "another-api", Person, [IntranetRoles.Admin])));

    [Fact]
    public async Task A_token_of_another_tenant_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/admin/settings", _issuer.CreateEntraToken("another-tenant", ClientId, Person, [IntranetRoles.Admin])));

    [Fact]
    public async Task A_forged_token_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/admin/settings", _issuer.CreateEntraToken(TenantId, ClientId, Person, [IntranetRoles.Admin], key: _issuer.ForeignKey)));

    [Fact]
    public async Task An_expired_token_is_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync("/admin/settings", _issuer.CreateEntraToken(TenantId, ClientId, Person, [IntranetRoles.Admin], lifetime: TimeSpan.FromMinutes(-10))));

    private string Token(string? role) => _issuer.CreateEntraToken(TenantId, ClientId, Person, role is null ? [] : [role]);

    private async Task<HttpStatusCode> CallAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await _app.GetTestClient().SendAsync(request);
        return response.StatusCode;
    }
}
