using Intranet.Extensions.Cards;
using Intranet.Extensions.Localization;
using Intranet.Extensions.Testing.Cards;
using Intranet.Plugins.Manuals.Demo;

namespace Intranet.Plugins.Manuals.Tests;

/// <summary>Every card validates with the official renderer in both languages, texts exist in both, hostile text cannot break a card.</summary>
public sealed class CardTests
{
    [Fact]
    public async Task Every_gallery_card_validates_with_the_official_renderer_in_both_languages()
    {
        await using var host = await ManualsHost.StartAsync();

        var cards = await host.Host.AssertGalleryValidAsync("manuals");

        string[] names =
        [
            "manual", "manual-changes", "manual-acknowledged", "manual-already", "manual-covered", "manual-outdated", "manual-optional",
            "reminder", "browse", "area", "area-page-2", "task", "search-results", "search-empty", "report", "summary", "export",
        ];
        Assert.Equal(
            names.SelectMany(n => new[] { $"manuals.{n}.ko-KR.json", $"manuals.{n}.en-US.json" }).Order(StringComparer.Ordinal),
            cards.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_card_of_a_whole_flow_validates_and_stays_under_the_teams_size_limit()
    {
        await using var host = await ManualsHost.StartAsync(TestRoster.People(perCentre: 5, centres: 4));
        await host.Host.SeedDemoContentAsync();
        await host.Host.DeliverAsync();
        var chief = (await host.Library.GetVersionsAsync("dong-chief-duties"))[1];
        var cards = new List<(string Name, AdaptiveCard Card)>();
        foreach (var user in new[] { "c1p001", "c1p004" }) // Korean and English
        {
            var culture = user == "c1p004" ? "en" : "ko";
            cards.Add(($"browse-{culture}", ManualsHost.CardOf(await host.ActAsync(user, "browse", chief.ManualId, 2))));
            cards.Add(($"search-{culture}", ManualsHost.CardOf(await host.ActAsync(user, "search", chief.ManualId, 2, ("query", "민원")))));
            cards.Add(($"ack-{culture}", ManualsHost.CardOf(await host.ActAsync(user, "acknowledge", chief.ManualId, 2))));
            cards.Add(($"old-{culture}", ManualsHost.CardOf(await host.ActAsync(user, "view", chief.ManualId, 1))));
            foreach (var (area, task) in chief.Manual.AllTasks)
            {
                cards.Add(($"task-{task.Key}-{culture}", ManualsHost.CardOf(await host.ActAsync(user, "task", chief.ManualId, 2, ("task", task.Key)))));
            }
        }

        cards.Add(("report", ManualsHost.CardOf(await host.ActAsync(TestRoster.Owner, "report", chief.ManualId, 2))));
        var inbox = (await host.InboxAsync("c1p001")).Concat(await host.InboxAsync("c1p004"))
            .Select((item, i) => (Name: $"inbox-{i}", Card: CardJson.Parse(ManualsHost.Text(item))));

        var all = cards.Concat(inbox).ToList();
        await new AdaptiveCardValidator().AssertAllValidAsync(all.Select(c => new KeyValuePair<string, string>(c.Name, c.Card.ToJson())));
        Assert.All(all, c => Assert.True(System.Text.Encoding.UTF8.GetByteCount(c.Card.ToJson()) < 28 * 1024, c.Name));
    }

    [Fact]
    public async Task Hostile_manual_text_cannot_break_a_card()
    {
        await using var host = await ManualsHost.StartAsync();
        var hostile = string.Concat(Enumerable.Repeat("**굵게 `코드` <script>alert(1)</script> [x](javascript:alert(1)) ![i](http://t/p.png) {{DATE(2020)}} \"따옴표\" | 표 |\n\n", 180));
        await host.ImportAsync(ManualsHost.SmallManual(extraTask: $"## <b>제목</b> **굵게** {{{{x}}}} {{#hostile}}\n\n{hostile}\n\n### 유의사항\n\n- {hostile[..500].Replace('\n', ' ')}\n"));
        await host.PublishAsync();

        var task = ManualsHost.CardOf(await host.ActAsync("c1p001", "task", "small", 1, ("task", "hostile")));
        var search = ManualsHost.CardOf(await host.ActAsync("c1p001", "search", "small", 1, ("query", "<script>**굵게**")));

        await new AdaptiveCardValidator().AssertAllValidAsync([new("task", task.ToJson()), new("search", search.ToJson())]);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(task.ToJson()) < 28 * 1024);
        Assert.DoesNotContain(task.Body.OfType<TextBlock>(), b => b.Text.Contains("<script>", StringComparison.Ordinal));
        Assert.DoesNotContain("javascript:", string.Concat(task.Body.OfType<ActionSet>().SelectMany(s => s.Actions).OfType<OpenUrlAction>().Select(a => a.Url)), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_exists_in_both_languages()
    {
        var texts = ManualsPlugin.Descriptor.Texts;

        Assert.Equal(texts.Keys(IntranetCultures.Korean).Order(StringComparer.Ordinal), texts.Keys(IntranetCultures.English).Order(StringComparer.Ordinal));
        foreach (var code in typeof(Library.ManualsErrors).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            Assert.Contains("error." + code, texts.Keys(IntranetCultures.Korean));
        }

        foreach (var code in typeof(Import.ImportCodes).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            Assert.Contains("import." + code, texts.Keys(IntranetCultures.Korean));
        }
    }

    [Fact]
    public void Every_demo_manual_imports()
    {
        var importer = new Import.MarkdownManualImporter(1000);
        foreach (var folder in new[] { DemoManuals.DongChief, DemoManuals.Complaints })
        {
            var result = importer.Parse(DemoManuals.Load(folder));
            Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        }

        Assert.True(importer.Parse(DemoManuals.LoadRevision()).Succeeded);
    }
}
