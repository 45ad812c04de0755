using Intranet.Extensions.Testing.Hosting;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Intranet.Plugins.Manuals.Demo;

namespace Intranet.Plugins.Manuals.Tests.Admin;

/// <summary>The admin operations over HTTP on a real ASP.NET Core host in dev mode: the demo manual uploaded, published and exported.</summary>
public sealed class ManualsAdminHttpTests
{
    private static MultipartFormDataContent Upload(IEnumerable<(string Name, string Text)> files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in files)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            part.Headers.ContentType = new("text/markdown");
            form.Add(part, "files", name);
        }

        return form;
    }

    [Fact]
    public async Task The_demo_manual_is_uploaded_published_and_exported_as_csv_for_excel()
    {
        await using var app = await IntranetWebTestHost.StartAsync(TestRoster.People(), b => b.AddManuals());
        var demo = DemoManuals.Load(DemoManuals.DongChief).Select(f => (f.Name, f.Content)).ToList();
        // The demo leaves the audience to the host; without one, publishing is refused and nothing is published.
        var withAudience = demo.Select(f => f.Name == "00-manual.md"
            ? (f.Name, f.Content.Replace("due-days: 14", $"due-days: 14\naudience-departments: {TestRoster.Centres[0]}, {TestRoster.Centres[1]}", StringComparison.Ordinal))
            : f).ToList();
        var publish = () => JsonContent.Create(new { manualId = "dong-chief-duties", requestId = "first" });

        var imported = await app.SendAsAsync(HttpMethod.Post, "/admin/api/manuals/import", TestRoster.Owner, Upload(demo));
        var noAudience = await app.SendAsAsync(HttpMethod.Post, "/admin/api/manuals/publish", TestRoster.Owner, publish());
        var versionsBefore = await app.SendAsAsync(HttpMethod.Get, "/admin/api/manuals/versions?manualId=dong-chief-duties", TestRoster.Owner);
        await app.SendAsAsync(HttpMethod.Post, "/admin/api/manuals/import", TestRoster.Owner, Upload(withAudience));
        var published = await app.SendAsAsync(HttpMethod.Post, "/admin/api/manuals/publish", TestRoster.Owner, publish());
        var export = await app.SendAsAsync(HttpMethod.Get, "/admin/api/manuals/export?manualId=dong-chief-duties", TestRoster.Owner);

        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        var draft = await imported.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal((3, 45), ((int)draft!["areas"]!, (int)draft["tasks"]!));
        Assert.Equal(HttpStatusCode.Conflict, noAudience.StatusCode);
        var refusal = await noAudience.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("EmptyAudience", (string?)refusal!["code"]);
        Assert.StartsWith("받는 사람이 없습니다.", (string?)refusal["message"], StringComparison.Ordinal);
        Assert.Empty((await versionsBefore.Content.ReadFromJsonAsync<JsonObject>())!["versions"]!.AsArray());

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var version = await published.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal((1, 6), ((int)version!["version"]!, (int)version["readerCount"]!));

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("dong-chief-duties-v1-acknowledgements.csv", export.Content.Headers.ContentDisposition!.FileNameStar ?? export.Content.Headers.ContentDisposition.FileName);
        var bytes = await export.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("부서,이름,ID,확인 여부,확인한 판,확인 시각", rows[0]);
        Assert.Equal(6, rows.Length - 1);
        Assert.Contains("행복1동 행정복지센터,주민001,c1p001,미확인,,", rows);
    }

    [Fact]
    public async Task A_malformed_upload_answers_400_with_the_file_and_line()
    {
        await using var app = await IntranetWebTestHost.StartAsync(TestRoster.People(), b => b.AddManuals());

        var response = await app.SendAsAsync(HttpMethod.Post, "/admin/api/manuals/import", TestRoster.Owner,
            Upload([("00-manual.md", "---\nid: x1\ntitle: 제목\nowner-department: 행정지원과\ndue-days: many\n---\n# 영역\n\n## 업무\n\n할 일\n")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("InvalidManual", (string?)error!["code"]);
        Assert.StartsWith("00-manual.md:5: ", ((string?)error["message"])!.Split('\n')[1], StringComparison.Ordinal);
    }
}
