using System.Text;
using System.Text.Json.Nodes;
using Intranet.Extensions.Admin;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Extensions.Plugins;
using static Intranet.Plugins.Manuals.Tests.Admin.AdminCalls;

namespace Intranet.Plugins.Manuals.Tests.Admin;

/// <summary>The admin operations on the real runtime: import, publish, versions, report, export and attach, and refusals that store nothing.</summary>
public sealed class ManualsAdminOperationTests
{
    private const string EnglishAdmin = "admin-en";

    private static List<StaffMember> People()
    {
        var people = TestRoster.People();
        people.Add(new StaffMember { Id = EnglishAdmin, DisplayName = "Alex Admin", Department = "정보통신과", PreferredLanguage = "en-US" });
        return people;
    }

    private static Task<ManualsHost> StartAsync(Action<ManualsOptions>? configure = null) => ManualsHost.StartAsync(People(), configure);

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n");

    [Fact]
    public async Task Every_operation_is_registered_for_the_publish_role()
    {
        await using var host = await StartAsync();

        var operations = host.Host.Get<PluginRegistry>().AdminOperations.Where(o => o.PluginId == "manuals").ToList();

        Assert.Equal(["attach", "export", "import", "publish", "report", "versions"], operations.Select(o => o.Operation).Order(StringComparer.Ordinal));
        Assert.All(operations, o => Assert.Equal("Manuals.Publish", o.RequiredRole));
    }

    [Fact]
    public async Task Markdown_import_publish_versions_report_and_export_work_end_to_end()
    {
        await using var host = await StartAsync();
        var withBom = new AdminFile("manual.md", "text/markdown", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ManualsHost.SmallManual())).ToArray());

        var imported = Json(await host.Host.RunAsync("import", TestRoster.Owner, files: withBom));
        var v1 = Json(await host.Host.RunAsync("publish", TestRoster.Owner, new JsonObject { ["manualId"] = "small" }));
        await host.Library.AcknowledgeAsync("small", 1, "c1p001");
        Json(await host.Host.RunAsync("import", TestRoster.Owner, files: File("manual.md", ManualsHost.SmallManual(extraTask: "## 새 업무 {#new-task}\n\n새로 생긴 일입니다.\n"))));
        var minor = new JsonObject { ["manualId"] = "small", ["isMajor"] = false, ["requestId"] = "second" };
        var v2 = Json(await host.Host.RunAsync("publish", TestRoster.Owner, minor));
        var retried = Json(await host.Host.RunAsync("publish", TestRoster.Owner, minor.DeepClone().AsObject()));
        var versions = Json(await host.Host.RunAsync("versions", TestRoster.Owner, query: "manualId=small"));
        var report = Json(await host.Host.RunAsync("report", TestRoster.Owner, query: "manualId=small&version=1"));
        var export = Assert.IsType<AdminFileResult>(await host.Host.RunAsync("export", TestRoster.Owner, query: "manualId=small"));

        Assert.Equal(("small", 2, 5, true), ((string?)imported["manualId"], (int)imported["areas"]!, (int)imported["tasks"]!, (bool)imported["stored"]!));
        Assert.Equal((1, true, 6, TestRoster.Owner), ((int)v1["version"]!, (bool)v1["isMajor"]!, (int)v1["readerCount"]!, (string?)v1["publishedById"]));
        Assert.Null(v1["changes"]!["previousVersion"]);
        Assert.Equal((2, false, 1), ((int)v2["version"]!, (bool)v2["isMajor"]!, (int)v2["changes"]!["previousVersion"]!));
        Assert.Equal("new-task", (string?)Assert.Single(v2["changes"]!["added"]!.AsArray())!["key"]);
        Assert.Equal(2, (int)retried["version"]!); // the same request id resumes instead of publishing v3
        Assert.Equal([1, 2], versions["versions"]!.AsArray().Select(v => (int)v!["version"]!));
        Assert.True((bool)versions["hasDraft"]!);
        Assert.Equal((6, 1), ((int)report["total"]!, (int)report["acknowledged"]!));
        Assert.Equal(TestRoster.Centres[0], (string?)report["units"]![0]!["unit"]);
        Assert.Equal(["c1p002", "c1p003"], report["units"]![0]!["missing"]!.AsArray().Select(m => (string?)m!["id"]));
        Assert.Equal(5, report["missing"]!.AsArray().Count);
        Assert.Equal(("small-v2-acknowledgements.csv", "text/csv; charset=utf-8"), (export.FileName, export.ContentType));
        var csv = export.Content.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.StartsWith("부서,이름,ID", Encoding.UTF8.GetString(csv[3..]), StringComparison.Ordinal);
        Assert.Contains("행복1동 행정복지센터,주민001,c1p001,확인,v1", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_errors_name_every_file_and_line_in_the_callers_language_and_store_nothing()
    {
        await using var host = await StartAsync();
        var before = await host.Host.SnapshotAsync();
        var files = new[]
        {
            File("00-manual.md", "---\nid: broken\ntitle: 고장\ncolour: red\n---\n"),
            File("01-area.md", "## 영역 없는 업무\n\n내용\n"),
        };

        var korean = Error(await host.Host.RunAsync("import", TestRoster.Owner, files: files), 400, "InvalidManual");
        var english = Error(await host.Host.RunAsync("import", EnglishAdmin, files: files), 400, "InvalidManual");

        var lines = korean.Message.Split('\n');
        Assert.Equal("매뉴얼 내용에 오류가 있습니다.", lines[0]);
        Assert.Contains("00-manual.md:4: 알 수 없는 항목 'colour'입니다.", lines);
        Assert.Contains(lines, l => l.StartsWith("00-manual.md:", StringComparison.Ordinal) && l.Contains("owner-department", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("01-area.md:1: ", StringComparison.Ordinal));
        Assert.Equal("The manual has errors.", english.Message.Split('\n')[0]);
        Assert.Contains("00-manual.md:4: Unknown field 'colour'.", english.Message.Split('\n'));
        Assert.Equal(lines.Length, english.Message.Split('\n').Length);
        Assert.Equal(before, await host.Host.SnapshotAsync());
        Assert.Null(await host.Library.GetDraftAsync("broken"));
    }

    [Fact]
    public async Task A_json_body_in_the_import_format_makes_the_draft_and_its_errors_carry_lines()
    {
        await using var host = await StartAsync();
        JsonObject Manual() => new()
        {
            ["id"] = "from-json",
            ["title"] = "JSON 매뉴얼",
            ["ownerDepartment"] = TestRoster.OwnerDepartment,
            ["audience"] = new JsonObject { ["departments"] = new JsonArray(TestRoster.Centres[0]) },
            ["areas"] = new JsonArray(new JsonObject
            {
                ["title"] = "민원",
                ["tasks"] = new JsonArray(new JsonObject { ["key"] = "one", ["title"] = "첫 업무", ["body"] = "할 일" }),
            }),
        };
        var misspelt = Manual();
        misspelt["areas"]![0]!["tasks"]![0]!["bodyy"] = "오타";
        var before = await host.Host.SnapshotAsync();

        var refused = Error(await host.Host.RunAsync("import", EnglishAdmin, misspelt), 400, "InvalidManual");
        var unchanged = await host.Host.SnapshotAsync();
        var dryRun = Json(await host.Host.RunAsync("import", EnglishAdmin, Manual(), "dryRun=true"));
        var afterDryRun = await host.Host.SnapshotAsync();
        var stored = Json(await host.Host.RunAsync("import", EnglishAdmin, Manual()));

        Assert.Matches(@"^body\.json:\d+: ", refused.Message.Split('\n')[1]);
        Assert.Equal(before, unchanged);
        Assert.False((bool)dryRun["stored"]!);
        Assert.Equal(before, afterDryRun);
        Assert.Equal(("from-json", 1, true), ((string?)stored["manualId"], (int)stored["tasks"]!, (bool)stored["stored"]!));
        Assert.Equal("첫 업무", (await host.Library.GetDraftAsync("from-json"))!.Areas[0].Tasks[0].Title);
    }

    [Theory]
    [InlineData("publish", "{}", "", null, null, 400, "MissingField")]
    [InlineData("publish", """{"manualId":"Not An Id"}""", "", null, null, 400, "InvalidField")]
    [InlineData("publish", """{"manualId":"small","isMajor":"yes"}""", "", null, null, 400, "InvalidField")]
    [InlineData("publish", """{"manualId":"small","major":false}""", "", null, null, 400, "UnknownField")]
    [InlineData("publish", """{"manualId":"small","requestId":"has spaces"}""", "", null, null, 400, "InvalidField")]
    [InlineData("publish", """{"manualId":"nothing"}""", "", null, null, 404, "UnknownManual")]
    [InlineData("publish", """{"manualId":"small"}""", "", null, null, 409, "NothingChanged")]
    [InlineData("versions", "{}", "manualId=nothing", null, null, 404, "UnknownManual")]
    [InlineData("report", "{}", "manualId=small&version=abc", null, null, 400, "InvalidField")]
    [InlineData("report", "{}", "manualId=small&version=0", null, null, 400, "InvalidField")]
    [InlineData("report", "{}", "manualId=small&version=9", null, null, 404, "UnknownVersion")]
    [InlineData("export", "{}", "", null, null, 400, "MissingField")]
    [InlineData("export", "{}", "manualId=nothing", null, null, 404, "UnknownManual")]
    [InlineData("import", "{}", "", null, null, 400, "NothingToImport")]
    [InlineData("import", "{}", "", "notes.txt", "hello", 400, "UnsupportedFile")]
    [InlineData("import", "{}", "", "manual.md", "\u00FF", 400, "NotUtf8")]
    [InlineData("import", "{}", "dryRun=maybe", "manual.md", "# x", 400, "InvalidField")]
    [InlineData("attach", "{}", "manualId=small", null, null, 400, "OneFile")]
    [InlineData("attach", "{}", "manualId=small", "setup.exe", "MZ", 400, "AttachmentType")]
    [InlineData("attach", "{}", "manualId=small", "empty.pdf", "", 400, "AttachmentEmpty")]
    [InlineData("attach", "{}", "manualId=nothing", "a.pdf", "%PDF-1.4", 404, "UnknownManual")]
    public async Task Bad_input_is_refused_in_the_callers_language_and_changes_nothing(
        string operation, string body, string query, string? fileName, string? content, int status, string code)
    {
        await using var host = await StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        var before = await host.Host.SnapshotAsync();
        Assert.Contains(before.Keys, k => k.StartsWith("state:manuals/versions/", StringComparison.Ordinal));
        Assert.Contains(before.Keys, k => k.StartsWith("file:", StringComparison.Ordinal));
        // "\u00FF" stands for bytes that are not UTF-8.
        AdminFile[] files = fileName is null ? [] : [new(fileName, "application/octet-stream", content == "\u00FF" ? [0xFF, 0xFE, 0x41] : Encoding.UTF8.GetBytes(content!))];

        var korean = Error(await host.Host.RunAsync(operation, TestRoster.Owner, JsonNode.Parse(body)!.AsObject(), query, files), status, code);
        var english = Error(await host.Host.RunAsync(operation, EnglishAdmin, JsonNode.Parse(body)!.AsObject(), query, files), status, code);

        Assert.Equal(before, await host.Host.SnapshotAsync());
        Assert.Matches("[가-힣]", korean.Message);
        Assert.DoesNotMatch("[가-힣]", english.Message);
        Assert.DoesNotContain("{0}", korean.Message + english.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attachments_go_to_the_draft_and_size_limits_answer_413()
    {
        await using var host = await StartAsync(o => o.MaxAttachmentBytes = 1024);
        await host.ImportAsync(ManualsHost.SmallManual());
        var big = new byte[2048];
        Pdf.CopyTo(big, 0);
        var before = await host.Host.SnapshotAsync();

        var tooLarge = Error(await host.Host.RunAsync("attach", EnglishAdmin, query: "manualId=small", files: new AdminFile("big.pdf", "application/pdf", big)), 413, "AttachmentTooLarge");
        var unchanged = await host.Host.SnapshotAsync();
        var added = Json(await host.Host.RunAsync("attach", EnglishAdmin, query: "manualId=small", files: new AdminFile("매뉴얼.pdf", "application/pdf", Pdf)));

        Assert.Equal("The attachment is too large.", tooLarge.Message);
        Assert.Equal(before, unchanged);
        Assert.Equal(("매뉴얼.pdf", "application/pdf", (long)Pdf.Length), ((string?)added["name"], (string?)added["contentType"], (long)added["length"]!));
        Assert.Equal((string?)added["path"], Assert.Single((await host.Library.GetDraftAsync("small"))!.Attachments).Path);
    }

    [Fact]
    public void Every_admin_error_has_a_text_in_both_languages()
    {
        var codes = typeof(Manuals.Admin.ManualsAdminErrors).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(7, codes.Count);
        Assert.All(IntranetCultures.Supported, c => Assert.All(codes, code => Assert.Contains("error." + code, ManualsPlugin.Descriptor.Texts.Keys(c))));
    }
}
