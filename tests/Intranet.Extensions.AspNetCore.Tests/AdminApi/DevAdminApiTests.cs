using Intranet.Extensions.Testing.Hosting;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Intranet.Extensions.AspNetCore.Tests.DevInbox;

namespace Intranet.Extensions.AspNetCore.Tests.AdminApi;

/// <summary>The admin API on the embedded default: beside the dev inbox, loopback only, the caller named by a header.</summary>
public sealed class DevAdminApiTests : IAsyncLifetime
{
    private IntranetWebTestHost _app = null!;

    public async Task InitializeAsync() => _app = await DevInboxApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private Task<HttpResponseMessage> GetAsync(string url, string? user)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (user is not null)
        {
            request.Headers.Add("X-Intranet-Dev-User", user);
        }

        return _app.Client.SendAsync(request);
    }

    [Fact]
    public async Task Runs_a_plugin_operation_and_answers_json()
    {
        await _app.Client.PostAsync("/dev/api/actions", new StringContent(
            """{"user":"u02","action":{"verb":"praise.send","data":{"draftId":"d","to":"u03","message":"고마워요"}}}""", Encoding.UTF8, "application/json"));

        var report = await (await GetAsync("/admin/api/praise/report", "u01")).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(1, (int?)report!["total"]);
        Assert.Equal("민원여권과", (string?)report["departments"]![0]!["department"]);
    }

    [Fact]
    public async Task Answers_a_file_when_the_operation_returns_one()
    {
        var response = await GetAsync("/admin/api/praise/report?format=csv", "u01");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], (await response.Content.ReadAsByteArrayAsync())[..3]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("nobody")]
    public async Task Refuses_a_caller_who_is_not_in_the_directory(string? user)
    {
        var response = await GetAsync("/admin/api/praise/report", user);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("UnknownCaller", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]);
    }

    [Fact]
    public async Task Refuses_malformed_json()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/api/praise/report") { Content = new StringContent("{", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Intranet-Dev-User", "u01");

        var response = await _app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidJson", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["code"]);
    }

    [Fact]
    public async Task Is_absent_without_entra_id_or_the_dev_inbox()
    {
        await using var production = await DevInboxApp.StartAsync(environment: "Production");

        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/praise/report");
        request.Headers.Add("X-Intranet-Dev-User", "u01");

        Assert.Equal(HttpStatusCode.NotFound, (await production.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Refuses_callers_that_are_not_on_this_machine()
    {
        await using var remote = await DevInboxApp.StartAsync(remoteAddress: IPAddress.Parse("203.0.113.9"));

        var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/praise/report");
        request.Headers.Add("X-Intranet-Dev-User", "u01");

        Assert.Equal(HttpStatusCode.Forbidden, (await remote.Client.SendAsync(request)).StatusCode);
    }
}
