using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.IdeaBoard.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>The admin operations over <c>IIdeaBoard</c>: create from JSON, list, open, close, export; errors with status and localized message.</summary>
public sealed class AdminOperationTests
{
    private static readonly StaffMember Admin = IdeaBoardFixture.People[0];

    private static async Task<AdminResult> RunAsync<T>(IntranetTestHost host, JsonObject? body = null, Dictionary<string, string>? query = null, string culture = "ko-KR")
        where T : IAdminOperation
    {
        await using var scope = host.Services.CreateAsyncScope();
        var request = new AdminRequest(Admin, body ?? [], query ?? [], [], CultureInfo.GetCultureInfo(culture));
        return await scope.ServiceProvider.GetRequiredService<T>().ExecuteAsync(request);
    }

    [Fact]
    public async Task A_campaign_created_from_json_opens_closes_and_exports_through_the_admin_api()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        var body = JsonNode.Parse("""
            {
              "id": "work-2026", "title": "불필요한 업무 버리기", "kind": "unnecessaryWork",
              "opensAt": "2026-03-02T09:00", "closesAt": "2026-03-20T18:00",
              "audience": { "everyone": true }, "reviewers": { "groupIds": ["g-reviewers"] },
              "anonymous": true, "incentivePoints": 50
            }
            """)!.AsObject();

        var created = Assert.IsType<AdminJsonResult>(await RunAsync<CreateCampaignOperation>(host, body)).Value;
        var listed = Assert.IsType<AdminJsonResult>(await RunAsync<ListCampaignsOperation>(host)).Value.AsArray();
        var closed = Assert.IsType<AdminJsonResult>(await RunAsync<CloseCampaignOperation>(host, query: new() { ["campaignId"] = "work-2026" })).Value;
        var file = Assert.IsType<AdminFileResult>(await RunAsync<ExportCampaignOperation>(host, query: new() { ["campaignId"] = "work-2026", ["file"] = "votes" }));

        Assert.Equal("unnecessaryWork", (string?)created["kind"]);
        Assert.Equal("open", (string?)created["phase"]);
        Assert.Equal("2026-03-20T09:00:00+00:00", (string?)created["closesAt"]);
        Assert.Equal("work-2026", (string?)Assert.Single(listed)!["id"]);
        Assert.Equal("closed", (string?)closed["phase"]);
        Assert.Equal("work-2026-votes.csv", file.FileName);
        Assert.StartsWith("\uFEFF제안 ID,", Encoding.UTF8.GetString(file.Content.Span));
    }

    [Fact]
    public async Task Publisher_mistakes_come_back_with_a_status_code_and_a_message_in_the_callers_language()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var duplicate = JsonNode.Parse("""{ "id": "kindness", "title": "x", "opensAt": "2026-03-02T09:00", "closesAt": "2026-03-05T18:00", "reviewers": { "groupIds": ["g-reviewers"] } }""")!.AsObject();
        var nobody = JsonNode.Parse("""{ "id": "empty", "title": "x", "opensAt": "2026-03-02T09:00", "closesAt": "2026-03-05T18:00", "reviewers": { "departments": ["없는 부서"] } }""")!.AsObject();

        var exists = Assert.IsType<AdminErrorResult>(await RunAsync<CreateCampaignOperation>(host, duplicate));
        var noReviewers = Assert.IsType<AdminErrorResult>(await RunAsync<CreateCampaignOperation>(host, nobody, culture: "en-US"));
        var badJson = Assert.IsType<AdminErrorResult>(await RunAsync<CreateCampaignOperation>(host, new JsonObject { ["id"] = "x", ["opensAt"] = "not a date" }));
        var unknown = Assert.IsType<AdminErrorResult>(await RunAsync<CloseCampaignOperation>(host, query: new() { ["campaignId"] = "nope" }));
        var missing = Assert.IsType<AdminErrorResult>(await RunAsync<OpenCampaignOperation>(host));

        Assert.Equal((409, "CampaignExists"), (exists.StatusCode, exists.Code));
        Assert.Equal((400, "NoReviewers"), (noReviewers.StatusCode, noReviewers.Code));
        Assert.Equal("The reviewer group resolves to nobody: name a group or department that has members.", noReviewers.Message);
        Assert.Equal((400, "InvalidRequest"), (badJson.StatusCode, badJson.Code));
        Assert.Equal((404, "CampaignNotFound"), (unknown.StatusCode, unknown.Code));
        Assert.Equal("공모를 찾을 수 없습니다.", unknown.Message);
        Assert.Equal("요청의 'campaignId' 값이 없거나 올바르지 않습니다.", missing.Message);
    }
}
