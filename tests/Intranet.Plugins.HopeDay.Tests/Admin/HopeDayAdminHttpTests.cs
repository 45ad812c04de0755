using Intranet.Extensions.Testing.Hosting;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using static Intranet.Plugins.HopeDay.Tests.Hosting.HopeDayFixture;

namespace Intranet.Plugins.HopeDay.Tests.Admin;

/// <summary>The admin operations over HTTP on a real ASP.NET Core host in dev mode.</summary>
public sealed class HopeDayAdminHttpTests
{
    [Fact]
    public async Task A_round_is_created_by_json_and_its_report_fetched()
    {
        await using var app = await IntranetWebTestHost.StartAsync([Junior("j1"), Senior("s1"), Organiser], b => b.AddHopeDay());

        var created = await app.SendAsAsync(HttpMethod.Post, "/admin/api/hopeday/create-round", "org",
            new StringContent(HopeDayAdminOperationTests.RoundJson().ToJsonString(), Encoding.UTF8, "application/json"));
        var report = await app.SendAsAsync(HttpMethod.Get, "/admin/api/hopeday/report?roundId=2026-h1", "org");
        var missing = await app.SendAsAsync(HttpMethod.Get, "/admin/api/hopeday/report?roundId=2026-h2", "org");

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True((bool)(await created.Content.ReadFromJsonAsync<JsonObject>())!["created"]!);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var json = await report.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(("2026-h1", "Hope Day 2026 H1", "open"), ((string?)json!["roundId"], (string?)json["title"]!["english"], (string?)json["state"]));
        Assert.Equal(["s1", "s2"], json["sessions"]!.AsArray().Select(s => (string?)s!["session"]!["id"]));
        Assert.Equal("2026-03-12T14:00:00+09:00", (string?)json["sessions"]![0]!["session"]!["startsAt"]);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var error = await missing.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(("UnknownRound", "This Hope Day round could not be found."), ((string?)error!["code"], (string?)error["message"]));
    }

    [Fact]
    public async Task A_malformed_round_answers_400_over_http_and_nothing_is_created()
    {
        await using var app = await IntranetWebTestHost.StartAsync([Junior("j1"), Organiser], b => b.AddHopeDay());
        var body = HopeDayAdminOperationTests.RoundJson();
        body["signUpClosesAt"] = "soon";

        var refused = await app.SendAsAsync(HttpMethod.Post, "/admin/api/hopeday/create-round", "org", JsonContent.Create(body));
        var report = await app.SendAsAsync(HttpMethod.Get, "/admin/api/hopeday/report?roundId=2026-h1", "org");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = await refused.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("InvalidRound", (string?)error!["code"]);
        Assert.Equal("The round has errors.\n'signUpClosesAt' is not valid.", (string?)error["message"]);
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
    }
}
