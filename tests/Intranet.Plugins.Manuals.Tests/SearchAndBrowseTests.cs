using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Plugins.Manuals.Demo;
using Intranet.Plugins.Manuals.Import;
using Intranet.Plugins.Manuals.Search;

namespace Intranet.Plugins.Manuals.Tests;

/// <summary>Searching in Korean and browsing areas → tasks inside the card.</summary>
public sealed class SearchAndBrowseTests
{
    private static readonly Model.ManualDefinition Chief = new MarkdownManualImporter(1000).Parse(DemoManuals.Load(DemoManuals.DongChief)).Manual!;

    private static List<string> Keys(string query) => [.. ManualSearch.Search(Chief, query, 10).Select(h => h.Task.Key)];

    [Fact]
    public void Korean_queries_find_the_tasks_that_mention_them_titles_first()
    {
        var residence = Keys("주민등록");
        Assert.Equal("residence-survey", residence[0]); // in the title
        Assert.Contains("move-in", residence); // 주민등록법 in its references
        Assert.Contains("tongjang", residence); // 주민등록 사실조사 in its text
        Assert.Equal("heatwave", Keys("폭염")[0]);
        Assert.Contains("difficult-complaints", Keys("민원"));
        Assert.Equal("elderly-check", Keys("어르신 안부")[0]);
    }

    [Fact]
    public void Spacing_particles_and_longer_forms_still_match()
    {
        Assert.Equal("residence-survey", Keys("주민 등록 사실 조사")[0]);
        Assert.Contains("difficult-complaints", Keys("민원을"));
        Assert.Contains("residence-survey", Keys("주민등록증"));
        Assert.Contains("heatwave", Keys("무더위쉼터를"));
    }

    [Fact]
    public void Unrelated_or_empty_queries_find_nothing()
    {
        Assert.Empty(Keys("블록체인"));
        Assert.Empty(Keys("   "));
        Assert.Empty(Keys("!!!"));
    }

    [Fact]
    public async Task Searching_in_the_card_lists_matching_tasks_with_a_button_each()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();

        var card = ManualsHost.CardOf(await host.ActAsync("c1p001", "search", "small", 1, ("query", "주민등록")));
        var none = ManualsHost.CardOf(await host.ActAsync("c1p001", "search", "small", 1, ("query", "**없는** <b>말</b>")));
        var empty = Assert.IsType<ErrorResult>(await host.ActAsync("c1p001", "search", "small", 1, ("query", "  ")));

        var text = ManualsHost.Text(card);
        Assert.Equal("'주민등록' 검색 결과 1건", card.Body.OfType<RichTextBlock>().First().Inlines.Single().Text);
        Assert.Contains("주민등록 사실조사", text, StringComparison.Ordinal);
        var open = card.Body.OfType<ColumnSet>().SelectMany(c => c.Columns).SelectMany(c => c.Items).OfType<ActionSet>().SelectMany(s => s.Actions).OfType<ExecuteAction>().Single();
        Assert.Equal(("manuals.task", "survey"), (open.Verb, (string)open.Data!["task"]!));
        var query = none.Body.OfType<RichTextBlock>().First().Inlines.Single().Text;
        Assert.Equal("'**없는** <b>말</b>' 검색 결과 0건", query);
        Assert.Equal(("EmptyQuery", "찾을 말을 입력해 주세요."), (empty.Code, empty.Message));
    }

    [Fact]
    public async Task Browsing_goes_from_areas_to_a_paged_task_list_to_a_task_and_back()
    {
        await using var host = await ManualsHost.StartAsync();
        var result = await host.Library.ImportMarkdownAsync(DemoManuals.Load(DemoManuals.DongChief));
        await host.Library.SaveDraftAsync(result.Manual! with { Audience = new() { Departments = [TestRoster.Centres[0]] } });
        var version = await host.PublishAsync("dong-chief-duties");

        var areas = ManualsHost.CardOf(await host.ActAsync("c1p001", "browse", version.ManualId, 1));
        var page1 = ManualsHost.CardOf(await host.ActAsync("c1p001", "area", version.ManualId, 1, ("area", "welfare")));
        var page2 = ManualsHost.CardOf(await host.ActAsync("c1p001", "area", version.ManualId, 1, ("area", "welfare"), ("page", 1)));
        var task = ManualsHost.CardOf(await host.ActAsync("c1p001", "task", version.ManualId, 1, ("task", "residence-survey")));
        var unknown = Assert.IsType<ErrorResult>(await host.ActAsync("c1p001", "task", version.ManualId, 1, ("task", "nope")));

        Assert.Equal(3, Buttons(areas, "manuals.area").Count);
        Assert.Contains("3개 영역, 45개 업무", ManualsHost.Text(areas), StringComparison.Ordinal);
        Assert.Equal(8, Buttons(page1, "manuals.task").Count);
        Assert.Contains("1 / 2쪽", ManualsHost.Text(page1), StringComparison.Ordinal);
        Assert.Equal(7, Buttons(page2, "manuals.task").Count);
        Assert.Contains("2-15. 복지 업무 담당자 지원", ManualsHost.Text(page2), StringComparison.Ordinal);
        var taskText = ManualsHost.Text(task);
        Assert.Contains("2-8. 주민등록 사실조사", taskText, StringComparison.Ordinal);
        Assert.Contains("유의 사항", taskText, StringComparison.Ordinal);
        Assert.Contains("직권 말소는 주민의 권리에", taskText, StringComparison.Ordinal);
        Assert.Contains("주민등록법", taskText, StringComparison.Ordinal);
        var next = task.Actions.OfType<ExecuteAction>().Single(a => a.Verb == "manuals.task" && a.Title == "다음 업무");
        Assert.Equal("move-in", (string)next.Data!["task"]!);
        var back = task.Actions.OfType<ExecuteAction>().Single(a => a.Verb == "manuals.area");
        Assert.Equal(0, (int)back.Data!["page"]!);
        Assert.Equal("UnknownTask", unknown.Code);
        Assert.All([areas, page1, page2, task], c => Assert.True(c.ToJson().Length < 28_000));
    }

    [Fact]
    public void Task_markdown_becomes_runs_so_bold_lists_and_links_show_and_nothing_is_read_as_markup()
    {
        var elements = Content.CardMarkdown.Render("""
            본문 **굵게** 와 *기울임*, [구청](https://gu.example/) 과 [나쁜 링크](javascript:alert(1)).

            1. 첫째
               - 안쪽
            2. 둘째 <img src=x onerror=alert(1)>

            ![그림 설명](http://tracker.example/pixel.png)
            """);

        var blocks = elements.OfType<RichTextBlock>().ToList();
        var runs = blocks[0].Inlines;
        Assert.Contains(runs, r => r.Text == "굵게" && r.Weight == TextWeight.Bolder);
        Assert.Contains(runs, r => r.Text == "기울임" && r.Italic == true);
        Assert.Contains(runs, r => r.Text == "구청" && r.Color == TextColor.Accent);
        Assert.Equal("1. 첫째", string.Concat(blocks[1].Inlines.Select(r => r.Text)));
        Assert.Equal("  ◦ 안쪽", string.Concat(blocks[2].Inlines.Select(r => r.Text)));
        Assert.Equal("2. 둘째 <img src=x onerror=alert(1)>", string.Concat(blocks[3].Inlines.Select(r => r.Text)));
        Assert.Equal("그림 설명", string.Concat(blocks[4].Inlines.Select(r => r.Text)));
        var link = Assert.Single(elements.OfType<ActionSet>().Single().Actions.OfType<OpenUrlAction>());
        Assert.Equal(("구청", "https://gu.example/"), (link.Title, link.Url));
    }

    [Fact]
    public void A_huge_task_text_is_cut_to_fit_a_card()
    {
        var huge = string.Join("\n\n", Enumerable.Range(0, 2000).Select(i => $"문단 {i} " + new string('가', 200)));

        var elements = Content.CardMarkdown.Render(huge, maxCharacters: 2500);

        Assert.InRange(elements.OfType<RichTextBlock>().Sum(b => b.Inlines.Sum(r => r.Text.Length)), 2000, 2500);
        Assert.True(elements.Count <= 40);
    }

    private static List<ExecuteAction> Buttons(AdaptiveCard card, string verb) =>
        [.. card.Body.OfType<ColumnSet>().SelectMany(c => c.Columns).SelectMany(c => c.Items).OfType<ActionSet>()
            .SelectMany(s => s.Actions).OfType<ExecuteAction>().Where(a => a.Verb == verb)];
}
