using Intranet.Extensions.Localization;
using Intranet.Plugins.Manuals.Demo;
using Intranet.Plugins.Manuals.Import;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Tests;

/// <summary>Markdown and JSON import: the convention, and errors that name file and line.</summary>
public sealed class ImportTests
{
    private static ManualImportResult Markdown(params ManualSourceFile[] files) => new MarkdownManualImporter(1000).Parse(files);

    private static ManualImportResult Json(string json) => new JsonManualImporter(1000).Parse(new ManualSourceFile("manual.json", json));

    private static (string File, int? Line, string Code)[] Where(ManualImportResult result) =>
        [.. result.Errors.Select(e => (e.File, e.Line, e.Code))];

    [Fact]
    public void The_demo_chief_manual_has_3_areas_and_45_tasks_each_with_how_to_and_cautions()
    {
        var result = Markdown([.. DemoManuals.Load(DemoManuals.DongChief)]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var manual = result.Manual!;
        Assert.Equal("민선8기 동장 업무 매뉴얼", manual.Title);
        Assert.Equal([15, 15, 15], manual.Areas.Select(a => a.Tasks.Count));
        Assert.Equal(45, manual.TaskCount);
        Assert.All(manual.AllTasks, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Task.Body), t.Task.Key);
            Assert.NotEmpty(t.Task.Cautions);
            Assert.DoesNotContain("###", t.Task.Body, StringComparison.Ordinal);
        });
        Assert.Equal(45, manual.AllTasks.Select(t => t.Task.Key).Distinct().Count());
        Assert.Equal(14, manual.Acknowledgement.DueDays);
        Assert.Equal(new DateOnly(2026, 3, 2), manual.EffectiveDate);
    }

    [Fact]
    public void Sections_split_a_task_into_how_to_cautions_and_references_one_item_per_bullet()
    {
        var manual = Markdown([.. DemoManuals.Load(DemoManuals.DongChief)]).Manual!;

        var (_, task) = manual.AllTasks.Single(t => t.Task.Key == "handover");
        Assert.Equal("부임 첫 주 업무 인수인계", task.Title);
        Assert.StartsWith("1. 전임 동장에게 **현안 목록**", task.Body, StringComparison.Ordinal);
        Assert.Equal(2, task.Cautions.Count);
        Assert.StartsWith("관인·금고 열쇠", task.Cautions[1], StringComparison.Ordinal);
        Assert.Equal(["○○구 공무원 인사·복무 규정", "공공기록물 관리에 관한 법률"], task.References);
    }

    [Fact]
    public void The_revision_changes_exactly_two_tasks()
    {
        var v1 = Markdown([.. DemoManuals.Load(DemoManuals.DongChief)]).Manual!;
        var v2 = Markdown([.. DemoManuals.LoadRevision()]).Manual!;
        var previous = new ManualVersion
        {
            ManualId = v1.Id, Number = 1, IsMajor = true, AcknowledgementBaseline = 1, Manual = v1, Changes = ManualChanges.FirstVersion,
            PublishedAt = DateTimeOffset.UnixEpoch, PublishedById = "a", OwnerId = "a", ReadersKey = "k", ReaderCount = 1, RequestId = "r",
        };

        var changes = Publishing.ManualDiff.Compare(previous, v2);

        Assert.Equal(["crisis-households", "kiosk"], changes.Changed.Select(c => c.Key));
        Assert.Empty(changes.Added);
        Assert.Empty(changes.Removed);
    }

    [Fact]
    public void Keys_come_from_heading_attributes_or_from_titles_without_their_numbering()
    {
        var result = Markdown(new ManualSourceFile("a.md", """
            ---
            id: keys
            title: 키
            owner-department: 행정지원과
            ---
            # 1. 민원 업무
            ## 1-3. 주민등록 사실조사
            본문
            ## 전입 {#move-in}
            본문
            """));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("민원-업무", result.Manual!.Areas[0].Key);
        Assert.Equal(["주민등록-사실조사", "move-in"], result.Manual.Areas[0].Tasks.Select(t => t.Key));
        Assert.Equal("1-3. 주민등록 사실조사", result.Manual.Areas[0].Tasks[0].Title);
    }

    [Fact]
    public void A_folder_is_read_in_file_name_order_with_front_matter_only_in_the_first_file()
    {
        var result = Markdown(
            new ManualSourceFile("02-b.md", "# 둘째 영역\n## 업무 B\n본문 B\n"),
            new ManualSourceFile("00.md", "---\nid: folder\ntitle: 폴더\nowner-department: 행정지원과\n---\n"),
            new ManualSourceFile("01-a.md", "# 첫째 영역\n## 업무 A\n본문 A\n"));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["첫째 영역", "둘째 영역"], result.Manual!.Areas.Select(a => a.Title));
    }

    [Fact]
    public void Markdown_errors_name_the_file_and_the_line()
    {
        var result = Markdown(
            new ManualSourceFile("00-manual.md", """
                ---
                id: Bad Id
                title: 매뉴얼
                colour: blue
                effective-date: 2026-13-01
                due-days: many
                acknowledgement: maybe
                ---
                머리말 뒤 아무 영역도 없는 글
                ## 영역 없는 업무
                """),
            new ManualSourceFile("01-area.md", """
                # 영역 하나
                ### 업무 밖 소제목
                ## 업무 {#dup}
                본문
                ## 다른 업무 {#dup}
                본문
                ## 빈 업무
                # 빈 영역
                """),
            new ManualSourceFile("02-extra.md", """
                ---
                id: again
                ---
                # 영역 둘
                ## 정상 업무
                본문
                """));

        Assert.False(result.Succeeded);
        Assert.Null(result.Manual);
        var errors = Where(result);
        Assert.Contains(("00-manual.md", 4, ImportCodes.UnknownField), errors);
        Assert.Contains(("00-manual.md", 5, ImportCodes.InvalidDate), errors);
        Assert.Contains(("00-manual.md", 6, ImportCodes.InvalidNumber), errors);
        Assert.Contains(("00-manual.md", 7, ImportCodes.InvalidChoice), errors);
        Assert.Contains(("00-manual.md", 9, ImportCodes.ContentOutsideArea), errors);
        Assert.Contains(("00-manual.md", 10, ImportCodes.TaskOutsideArea), errors);
        Assert.Contains(("00-manual.md", 2, ImportCodes.InvalidId), errors);
        Assert.Contains(("00-manual.md", 1, ImportCodes.MissingField), errors); // owner-department
        Assert.Contains(("01-area.md", 2, ImportCodes.SectionOutsideTask), errors);
        Assert.Contains(("01-area.md", 5, ImportCodes.DuplicateKey), errors);
        Assert.Contains(("01-area.md", 7, ImportCodes.EmptyTask), errors);
        Assert.Contains(("01-area.md", 8, ImportCodes.EmptyArea), errors);
        Assert.Contains(("02-extra.md", 1, ImportCodes.UnexpectedFrontMatter), errors);
    }

    [Fact]
    public void Error_messages_are_localized_and_start_with_file_and_line()
    {
        var result = Markdown(new ManualSourceFile("01.md", "---\nid: x1\ntitle: t\nowner-department: d\ncolour: blue\n---\n# 영역\n## 업무\n본문\n"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("01.md:5: 알 수 없는 항목 'colour'입니다.", error.GetMessage(IntranetCultures.Korean));
        Assert.Equal("01.md:5: Unknown field 'colour'.", error.GetMessage(IntranetCultures.English));
        Assert.Equal(error.GetMessage(IntranetCultures.English), error.ToString());
    }

    [Fact]
    public void A_first_file_without_front_matter_and_no_files_at_all_are_errors()
    {
        Assert.Contains(("a.md", 1, ImportCodes.MissingFrontMatter), Where(Markdown(new ManualSourceFile("a.md", "# 영역\n## 업무\n본문"))));
        Assert.Equal(ImportCodes.NoFiles, Assert.Single(Markdown().Errors).Code);
    }

    [Fact]
    public void Json_imports_the_same_model_with_keys_from_titles_when_left_out()
    {
        var result = Json("""
            {
              "id": "json-manual",
              "title": "JSON 매뉴얼",
              "ownerDepartment": "민원여권과",
              "audience": { "departments": ["행복1동 행정복지센터"] },
              "acknowledgement": { "required": true, "dueDays": 7, "reacknowledge": "EveryVersion" },
              "areas": [
                { "key": "civil", "title": "민원", "tasks": [
                  { "key": "phone", "title": "전화 응대", "body": "세 번 울리기 전에 받습니다.", "cautions": ["본인 확인"] },
                  { "title": "2. 방문 응대", "body": "일어서서 인사합니다." }
                ] }
              ]
            }
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var manual = result.Manual!;
        Assert.Equal(["phone", "방문-응대"], manual.Areas[0].Tasks.Select(t => t.Key));
        Assert.Equal(ReacknowledgeRule.EveryVersion, manual.Acknowledgement.Reacknowledge);
        Assert.Equal(["행복1동 행정복지센터"], manual.Audience.Departments);
        Assert.Equal(["본인 확인"], manual.Areas[0].Tasks[0].Cautions);
    }

    [Fact]
    public void Json_errors_name_the_line_of_the_element_at_fault()
    {
        var result = Json("""
            {
              "id": "json-manual",
              "title": "JSON 매뉴얼",
              "ownerDepartment": "민원여권과",
              "acknowledgement": { "dueDays": 900 },
              "areas": [
                { "key": "civil", "title": "민원", "tasks": [
                  { "key": "phone", "title": "전화 응대", "body": "본문" },
                  { "key": "phone", "title": "", "body": "본문" },
                  {
                    "key": "visit",
                    "title": "방문",
                    "body": ""
                  }
                ] }
              ]
            }
            """);

        var errors = Where(result);
        Assert.Contains(("manual.json", 5, ImportCodes.InvalidNumber), errors);
        Assert.Contains(("manual.json", 9, ImportCodes.MissingTitle), errors);
        Assert.Contains(("manual.json", 13, ImportCodes.EmptyTask), errors);
    }

    [Theory]
    [InlineData("{ \"id\": \"x\", \"titel\": \"오타\" }", 1)]
    [InlineData("{\n  \"id\": \"x\",\n  \"areas\": [ { \"title\": \"a\", } \n  ,, ]\n}", 4)]
    [InlineData("{\n  \"effectiveDate\": \"내일\"\n}", 2)]
    public void Malformed_json_and_unknown_properties_are_reported_with_their_line(string json, int line)
    {
        var error = Assert.Single(Json(json).Errors);

        Assert.Equal(ImportCodes.InvalidJson, error.Code);
        Assert.Equal(line, error.Line);
    }
}
