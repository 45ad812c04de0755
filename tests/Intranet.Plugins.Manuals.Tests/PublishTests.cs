using Intranet.Extensions.Cards;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Intranet.Plugins.Manuals.Demo;
using Intranet.Plugins.Manuals.Library;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Tests;

/// <summary>Publishing versions: delivery to the audience, change summaries, kept versions, clear errors.</summary>
public sealed class PublishTests
{
    [Fact]
    public async Task Publishing_delivers_the_card_to_the_audience_in_each_readers_language()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());

        var version = await host.PublishAsync();
        await host.Host.DeliverAsync();

        Assert.Equal(1, version.Number);
        Assert.Equal(6, version.ReaderCount);
        var korean = Assert.Single(await host.InboxAsync("c1p001"));
        Assert.Contains("작은 매뉴얼", ManualsHost.Text(korean), StringComparison.Ordinal);
        Assert.Contains("2개 영역 · 5개 업무", ManualsHost.Text(korean), StringComparison.Ordinal);
        Assert.Contains("읽고 확인했습니다", ManualsHost.Text(korean), StringComparison.Ordinal);
        var english = Assert.Single(await host.InboxAsync("c2p001")); // every 4th person reads English
        Assert.Contains("2 areas · 5 tasks", ManualsHost.Text(english), StringComparison.Ordinal);
        Assert.Contains("I have read it", ManualsHost.Text(english), StringComparison.Ordinal);
        Assert.Empty(await host.InboxAsync(TestRoster.Owner)); // not in the audience
        Assert.Equal(new DateOnly(2026, 3, 5), version.DueDate); // published on 2 March in Seoul, due in 3 days
    }

    [Fact]
    public async Task Publishing_v2_with_two_changed_tasks_shows_exactly_that_change_summary()
    {
        await using var host = await ManualsHost.StartAsync();
        var v1 = await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        await host.Library.SaveDraftAsync(v1 with
        {
            Areas =
            [
                v1.Areas[0] with { Tasks = [v1.Areas[0].Tasks[0] with { Body = "통장과 함께 방문합니다. (개정)" }, v1.Areas[0].Tasks[1]] },
                v1.Areas[1] with { Tasks = [v1.Areas[1].Tasks[0] with { Title = "폭염 대응 (개정)" }, .. v1.Areas[1].Tasks.Skip(1)] },
            ],
        });

        var v2 = await host.PublishAsync(isMajor: false);
        await host.Host.DeliverAsync();

        Assert.Equal(["survey", "heat"], v2.Changes.Changed.Select(c => c.Key));
        Assert.Empty(v2.Changes.Added);
        Assert.Empty(v2.Changes.Removed);
        Assert.Equal(1, v2.Changes.PreviousVersion);
        var inbox = await host.InboxAsync("c1p001");
        Assert.Equal(2, inbox.Count);
        var card = ManualsHost.Text(inbox.Single(i => ManualsHost.Text(i).Contains("manuals-small-v2", StringComparison.Ordinal) || ManualsHost.Text(i).Contains("\"version\":2", StringComparison.Ordinal)));
        Assert.Contains("v1 대비 달라진 점", card, StringComparison.Ordinal);
        Assert.Contains("추가 0 · 변경 2 · 삭제 0", card, StringComparison.Ordinal);
        Assert.Contains("주민등록 사실조사, 폭염 대응 (개정)", card, StringComparison.Ordinal);
        Assert.Contains(await host.InboxAsync("c2p001"), i => ManualsHost.Text(i).Contains("0 added · 2 changed · 0 removed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Earlier_versions_are_kept_and_readable()
    {
        await using var host = await ManualsHost.StartAsync();
        var v1 = await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        await host.Library.SaveDraftAsync(v1 with { Summary = "바뀐 요약" });
        await host.PublishAsync();

        var versions = await host.Library.GetVersionsAsync("small");
        var task = ManualsHost.CardOf(await host.ActAsync("c1p001", "task", "small", 1, ("task", "survey")));

        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal("시험용 매뉴얼입니다.", versions[0].Manual.Summary);
        Assert.Equal("바뀐 요약", versions[1].Manual.Summary);
        Assert.True(versions[1].Changes.IsEmpty);
        Assert.Contains("실제 거주", ManualsHost.Text(task), StringComparison.Ordinal);
        Assert.Equal(2, (await host.Library.ListAsync()).Single().LatestVersion);
    }

    [Fact]
    public async Task Publishing_to_an_empty_audience_is_a_clear_error_and_writes_nothing()
    {
        await using var host = await ManualsHost.StartAsync();
        var manual = await host.ImportAsync(ManualsHost.SmallManual());
        await host.Library.SaveDraftAsync(manual with { Audience = new ManualAudience() });

        var none = await Assert.ThrowsAsync<ManualsException>(() => host.PublishAsync());
        await host.Library.SaveDraftAsync(manual with { Audience = new ManualAudience { Departments = ["없는 부서"], Groups = ["g-empty"] } });
        var nobody = await Assert.ThrowsAsync<ManualsException>(() => host.PublishAsync());
        await host.Host.DeliverAsync();

        Assert.Equal(ManualsErrors.EmptyAudience, none.Code);
        Assert.Equal(ManualsErrors.EmptyAudience, nobody.Code);
        Assert.StartsWith("받는 사람이 없습니다.", none.GetMessage(IntranetCultures.Korean), StringComparison.Ordinal);
        Assert.StartsWith("Nobody would receive it.", none.Message, StringComparison.Ordinal);
        Assert.Empty(await host.Library.GetVersionsAsync("small"));
        Assert.Empty(await host.Library.ListAsync());
        Assert.Empty(await host.InboxAsync("c1p001"));
    }

    [Fact]
    public async Task Publishing_unchanged_content_again_is_refused()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();

        var error = await Assert.ThrowsAsync<ManualsException>(() => host.PublishAsync());

        Assert.Equal(ManualsErrors.NothingChanged, error.Code);
        Assert.Single(await host.Library.GetVersionsAsync("small"));
    }

    [Fact]
    public async Task Publishing_again_with_the_same_request_id_resumes_instead_of_making_a_new_version()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        var request = new PublishRequest { PublisherId = TestRoster.Owner, RequestId = "retry-1" };

        var first = await host.Library.PublishAsync("small", request);
        var again = await host.Library.PublishAsync("small", request);
        await host.Host.DeliverAsync();

        Assert.Equal(first.Number, again.Number);
        Assert.Single(await host.Library.GetVersionsAsync("small"));
        Assert.Single(await host.InboxAsync("c1p001"));
    }

    [Fact]
    public async Task Large_audiences_are_delivered_in_pages_of_at_most_60_people_each_refreshing_for_themselves()
    {
        var people = TestRoster.People(perCentre: 65, centres: 2);
        await using var host = await ManualsHost.StartAsync(people);
        await host.ImportAsync(ManualsHost.SmallManual());

        var version = await host.PublishAsync();
        await host.Host.DeliverAsync();

        Assert.Equal(130, version.ReaderCount);
        var outbox = host.Host.Get<IOutbox>();
        var pages = new[] { "manuals-small-v1", "manuals-small-v1-2", "manuals-small-v1-3" };
        var statuses = await Task.WhenAll(pages.Select(id => outbox.GetStatusAsync(id)));
        Assert.Equal([60, 60, 10], statuses.Select(s => s!.Recipients.Count));
        Assert.Null(await outbox.GetStatusAsync("manuals-small-v1-4"));
        foreach (var id in TestRoster.CentreIds(people))
        {
            var card = Assert.Single(await host.InboxAsync(id)).Card;
            var userIds = card["refresh"]!["userIds"]!.AsArray().Select(n => (string)n!).ToList();
            Assert.Contains(id, userIds);
            Assert.True(userIds.Count <= CardRefresh.MaxUserIds);
        }
    }

    [Fact]
    public async Task The_open_button_links_to_the_whole_manual_as_a_stored_document_without_live_markup()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual(extraTask: "## 위험한 업무 {#danger}\n\n<script>alert(1)</script> [클릭](javascript:alert(2)) <javascript:alert(3)>\n"));
        var version = await host.PublishAsync();

        var card = ManualsHost.CardOf(await host.ActAsync("c1p001", "view", "small", 1));
        var open = Assert.Single(card.Actions.OfType<OpenUrlAction>());
        await using var document = await host.Host.Get<Intranet.Extensions.Storage.IDocumentStore>().OpenReadAsync(version.DocumentPath!);
        var html = await new StreamReader(document!.Content).ReadToEndAsync();

        Assert.EndsWith("documents/manuals/small/v1/manual.html", open.Url, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"t-survey\">주민등록 사실조사</h3>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:alert(2)\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_manuals_are_published_to_the_community_centres_and_to_everyone_idempotently()
    {
        var people = TestRoster.People(perCentre: 5, centres: 4);
        await using var host = await ManualsHost.StartAsync(people);

        await host.Host.SeedDemoContentAsync();
        await host.Host.SeedDemoContentAsync();
        await host.Host.DeliverAsync();

        var chief = await host.Library.GetVersionsAsync("dong-chief-duties");
        Assert.Equal([1, 2], chief.Select(v => v.Number));
        Assert.Equal(20, chief[0].ReaderCount);
        Assert.Equal(TestRoster.Owner, chief[0].OwnerId);
        Assert.Equal(["crisis-households", "kiosk"], chief[1].Changes.Changed.Select(c => c.Key));
        Assert.False(chief[1].IsMajor);
        Assert.Equal(22, (await host.Library.GetVersionsAsync("complaint-response")).Single().ReaderCount);

        var centre = await host.InboxAsync("c1p001");
        Assert.Equal(3, centre.Count); // chief v1, chief v2, complaints
        Assert.Contains(centre, i => ManualsHost.Text(i).Contains("추가 0 · 변경 2 · 삭제 0", StringComparison.Ordinal));
        Assert.Single(await host.InboxAsync("colleague")); // complaints only
        var report = await host.Library.GetReportAsync("dong-chief-duties", 1);
        Assert.Equal([1, 2, 3, 4], report.Units.Select(u => u.Acknowledged));
    }
}
