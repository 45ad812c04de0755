using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Cards;
using Intranet.Plugins.Manuals.Model;

namespace Intranet.Plugins.Manuals.Tests;

/// <summary>Confirming a version: the card per person, repeats, outdated versions, policy, and concurrency.</summary>
public sealed class AcknowledgementTests
{
    private static bool HasAcknowledgeButton(AdaptiveCard card) => card.Actions.OfType<ExecuteAction>().Any(a => a.Verb == "manuals.acknowledge");

    [Fact]
    public async Task Acknowledging_changes_the_persons_card_and_their_refresh_but_nobody_elses()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        await host.Host.DeliverAsync();
        var delivered = (await host.InboxAsync("c1p001")).Single().Card;
        var refreshAction = delivered["refresh"]!["action"]!;

        var result = ManualsHost.CardOf(await host.ActAsync("c1p001", "acknowledge", "small", 1));
        var refreshed = ManualsHost.CardOf(await host.Host.ActAsync("c1p001", (string)refreshAction["verb"]!, refreshAction["data"]!.DeepClone().AsObject()));
        var other = ManualsHost.CardOf(await host.Host.ActAsync("c1p002", (string)refreshAction["verb"]!, refreshAction["data"]!.DeepClone().AsObject()));

        Assert.Contains("에 확인했습니다 (v1)", ManualsHost.Text(result), StringComparison.Ordinal);
        Assert.Contains("{{DATE(2026-03-02T00:00:00Z,SHORT)}}", ManualsHost.Text(result), StringComparison.Ordinal);
        Assert.False(HasAcknowledgeButton(result));
        Assert.Equal(["c1p001"], result.Refresh!.UserIds);
        Assert.Contains("에 확인했습니다 (v1)", ManualsHost.Text(refreshed), StringComparison.Ordinal);
        Assert.True(HasAcknowledgeButton(other));
        Assert.Contains("아직 확인하지 않았습니다", ManualsHost.Text(other), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_English_reader_sees_their_confirmation_in_English()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();

        var card = ManualsHost.CardOf(await host.ActAsync("c2p001", "acknowledge", "small", 1));

        Assert.Contains("You confirmed on {{DATE(", ManualsHost.Text(card), StringComparison.Ordinal);
        Assert.Contains("(v1)", ManualsHost.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledging_twice_keeps_the_first_confirmation_and_says_so()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();

        await host.ActAsync("c1p001", "acknowledge", "small", 1);
        var first = (await host.Library.GetAcknowledgementsAsync("small", 1)).Single();
        host.Host.Time.Advance(TimeSpan.FromHours(3));
        var again = ManualsHost.CardOf(await host.ActAsync("c1p001", "acknowledge", "small", 1));

        Assert.Contains("이미 확인한 판입니다", ManualsHost.Text(again), StringComparison.Ordinal);
        Assert.Equal(first, (await host.Library.GetAcknowledgementsAsync("small", 1)).Single());
        Assert.Equal(host.Host.Time.GetUtcNow().AddHours(-3), first.AcknowledgedAt);
    }

    [Fact]
    public async Task Acknowledging_an_outdated_version_records_it_and_says_a_newer_major_version_needs_confirming()
    {
        await using var host = await ManualsHost.StartAsync();
        var manual = await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        await host.Library.SaveDraftAsync(manual with { Summary = "전부 개정" });
        await host.PublishAsync(isMajor: true);

        var card = ManualsHost.CardOf(await host.ActAsync("c1p001", "acknowledge", "small", 1));
        var outcome = await host.Library.AcknowledgeAsync("small", 1, "c1p002");

        var text = ManualsHost.Text(card);
        Assert.Contains("이 카드는 v1입니다. 최신 판은 v2입니다.", text, StringComparison.Ordinal);
        Assert.Contains("최신 판도 읽고 확인해 주세요.", text, StringComparison.Ordinal);
        Assert.Contains(card.Actions.OfType<ExecuteAction>(), a => a.Verb == "manuals.view" && (int)a.Data!["version"]! == 2);
        Assert.True(outcome.IsOutdated);
        Assert.False(outcome.LatestIsCovered);
        Assert.Equal(2, (await host.Library.GetAcknowledgementsAsync("small", 1)).Count);
        Assert.Equal(0, (await host.Library.GetReportAsync("small")).Acknowledged);
    }

    [Fact]
    public async Task A_minor_version_does_not_ask_again_but_a_major_one_does()
    {
        await using var host = await ManualsHost.StartAsync();
        var manual = await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        await host.ActAsync("c1p001", "acknowledge", "small", 1);
        await host.Library.SaveDraftAsync(manual with { Summary = "일부 개정" });
        await host.PublishAsync(isMajor: false);

        var minorView = ManualsHost.CardOf(await host.ActAsync("c1p001", "view", "small", 2));
        var oldCard = ManualsHost.CardOf(await host.ActAsync("c1p001", "view", "small", 1));
        var minorReport = await host.Library.GetReportAsync("small", 2);
        await host.Library.SaveDraftAsync(manual with { Summary = "전부 개정" });
        await host.PublishAsync(isMajor: true);
        var majorView = ManualsHost.CardOf(await host.ActAsync("c1p001", "view", "small", 3));
        var majorReport = await host.Library.GetReportAsync("small", 3);

        Assert.False(HasAcknowledgeButton(minorView));
        Assert.Contains("v1 확인이 이번 판(v2)에도 인정됩니다", ManualsHost.Text(minorView), StringComparison.Ordinal);
        Assert.Contains("최신 판은 다시 확인하지 않아도 됩니다.", ManualsHost.Text(oldCard), StringComparison.Ordinal);
        Assert.Equal(1, minorReport.Acknowledged);
        Assert.True(HasAcknowledgeButton(majorView));
        Assert.Equal(0, majorReport.Acknowledged);
    }

    [Fact]
    public async Task When_every_version_asks_again_a_minor_version_needs_confirming_too()
    {
        await using var host = await ManualsHost.StartAsync();
        var manual = await host.ImportAsync(ManualsHost.SmallManual("reacknowledge: every"));
        await host.PublishAsync();
        await host.ActAsync("c1p001", "acknowledge", "small", 1);
        await host.Library.SaveDraftAsync(manual with { Summary = "일부 개정" });
        var v2 = await host.PublishAsync(isMajor: false);

        Assert.Equal(2, v2.AcknowledgementBaseline);
        Assert.True(HasAcknowledgeButton(ManualsHost.CardOf(await host.ActAsync("c1p001", "view", "small", 2))));
    }

    [Fact]
    public async Task A_thousand_concurrent_clicks_store_exactly_one_confirmation_per_person()
    {
        var people = TestRoster.People(perCentre: 125, centres: 2);
        await using var host = await ManualsHost.StartAsync(people);
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();
        var readers = TestRoster.CentreIds(people).ToList();

        // Every reader clicks four times, all at once: 1,000 actions on the real file store.
        var clicks = readers.SelectMany(id => Enumerable.Repeat(id, 4)).ToList();
        var results = await Task.WhenAll(clicks.Select(id => Task.Run(() => host.ActAsync(id, "acknowledge", "small", 1))));

        Assert.Equal(1000, results.Length);
        Assert.All(results, r => Assert.IsType<CardResult>(r));
        var acks = await host.Library.GetAcknowledgementsAsync("small", 1);
        Assert.Equal(250, acks.Count);
        Assert.Equal(readers.Order(StringComparer.Ordinal), acks.Select(a => a.PersonId).Order(StringComparer.Ordinal));
        var report = await host.Library.GetReportAsync("small");
        Assert.Equal(250, report.Acknowledged);
        Assert.Equal([125, 125], report.Units.Select(u => u.Acknowledged));
    }

    [Fact]
    public async Task Unknown_manuals_versions_and_bad_data_are_refused_in_the_actors_language()
    {
        await using var host = await ManualsHost.StartAsync();
        await host.ImportAsync(ManualsHost.SmallManual());
        await host.PublishAsync();

        var unknownManual = Assert.IsType<ErrorResult>(await host.ActAsync("c1p001", "acknowledge", "nothing", 1));
        var unknownVersion = Assert.IsType<ErrorResult>(await host.ActAsync("c1p001", "acknowledge", "small", 7));
        var badData = Assert.IsType<ErrorResult>(await host.Host.ActAsync("c1p001", "manuals.acknowledge", new JsonObject { ["manualId"] = "small", ["version"] = "abc" }));
        var english = Assert.IsType<ErrorResult>(await host.ActAsync("c2p001", "view", "small", 9));

        Assert.Equal(("UnknownManual", "이 매뉴얼을 찾을 수 없습니다."), (unknownManual.Code, unknownManual.Message));
        Assert.Equal("UnknownVersion", unknownVersion.Code);
        Assert.Equal(CardActionErrors.InvalidData, badData.Code);
        Assert.Equal("This manual has no such version.", english.Message);
        Assert.Empty(await host.Library.GetAcknowledgementsAsync("small", 1));
    }
}
