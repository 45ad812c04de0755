using System.Globalization;
using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.People;
using Intranet.Plugins.IdeaBoard.Campaigns;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>Campaigns through <see cref="IIdeaBoard"/>: creation, announcement, window, close job and digest.</summary>
public sealed class CampaignTests
{
    [Fact]
    public async Task Creating_an_open_campaign_announces_it_with_the_form_to_the_audience_in_each_language()
    {
        await using var host = await IdeaBoardFixture.StartAsync();

        var info = await host.CreateAsync();
        await host.DeliverAsync();

        Assert.Equal(CampaignPhase.Open, info.Phase);
        Assert.Equal(new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.Zero), info.ClosesAt); // 18:00 in Seoul
        var korean = Assert.Single(await host.InboxAsync("kim")).Card.Text();
        var english = Assert.Single(await host.InboxAsync("emma")).Card.Text();
        Assert.Contains("친절 정책 공모", korean);
        Assert.Contains("아이디어 제안하기", korean);
        Assert.Contains("2026. 3. 2.(월) 09:00 (UTC+09:00) ~ 2026. 3. 13.(금) 18:00 (UTC+09:00)", korean);
        Assert.Contains("Submit an idea", english);
        Assert.Contains("Mon, Mar 2, 2026, 09:00 (UTC+09:00) – Fri, Mar 13, 2026, 18:00 (UTC+09:00)", english);
    }

    [Fact]
    public async Task A_later_window_is_announced_by_the_durable_open_job_when_it_opens()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync(IdeaBoardFixture.Contest() with { OpensAt = IdeaBoardFixture.Monday9.AddDays(2) });
        await host.DeliverAsync();
        Assert.Empty(await host.InboxAsync("kim"));

        host.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await host.RunDueJobsAsync());
        await host.DeliverAsync();

        Assert.Contains("아이디어 제안하기", Assert.Single(await host.InboxAsync("kim")).Card.Text());
    }

    [Fact]
    public async Task At_the_windows_end_the_close_job_stops_submissions_and_sends_the_digest_and_the_review_queue()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var top = await host.SubmitIdeaAsync("kim", "가장 인기 있는 제안");
        var second = await host.SubmitIdeaAsync("lee", "두 번째 제안", draft: "d2");
        await host.VoteAsync("emma", top);
        await host.VoteAsync("ben", top);
        await host.VoteAsync("kim", second);
        await host.CommentAsync("ben", second, "Nice");
        await host.DeliverAsync();

        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 13, 8, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await host.RunDueJobsAsync());
        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await host.RunDueJobsAsync());
        await host.DeliverAsync();

        var info = await host.Get<IIdeaBoard>().GetCampaignAsync("kindness");
        Assert.Equal(CampaignPhase.Closed, info!.Phase);
        Assert.NotNull(info.ClosedAt);
        var digest = Assert.Single(await host.InboxAsync("emma"), i => i.MessageId.Contains("-digest-", StringComparison.Ordinal)).Card.Text();
        Assert.Contains("Campaign results", digest);
        Assert.Contains("#1 · 2 votes · 0 comments · 김하늘 · 민원여권과", digest);
        Assert.True(digest.IndexOf("가장 인기 있는 제안", StringComparison.Ordinal) < digest.IndexOf("두 번째 제안", StringComparison.Ordinal));
        Assert.Contains(await host.InboxAsync("head"), i => i.MessageId.Contains("-queue-", StringComparison.Ordinal));
        Assert.DoesNotContain(await host.InboxAsync("kim"), i => i.MessageId.Contains("-queue-", StringComparison.Ordinal));
        Assert.Equal("CampaignClosed", (await host.SubmitAsync("ben", "늦은 제안", draft: "late")).Error().Code);
        Assert.Equal("CampaignClosed", (await host.CommentAsync("ben", top, "late")).Error().Code);

        // Review goes on after the close.
        Assert.IsType<CardResult>(await host.DecideAsync("head", top, "adopt"));
    }

    [Fact]
    public async Task The_digest_of_an_anonymous_campaign_names_nobody()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync(IdeaBoardFixture.Contest(anonymous: true));
        await host.SubmitIdeaAsync("kim", "익명 제안");

        await host.Get<IIdeaBoard>().CloseAsync("kindness");
        await host.DeliverAsync();

        var digest = Assert.Single(await host.InboxAsync("lee"), i => i.MessageId.Contains("-digest-", StringComparison.Ordinal)).Card.Text();
        Assert.Contains("익명 제안", digest);
        Assert.Contains("익명", digest);
        Assert.DoesNotContain("김하늘", digest);
    }

    [Fact]
    public async Task Closing_early_and_reopening_moves_the_window_and_the_stale_close_job_does_nothing_twice()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var board = host.Get<IIdeaBoard>();

        var closed = await board.CloseAsync("kindness");
        Assert.Equal(CampaignPhase.Closed, closed.Phase);
        Assert.Equal("CampaignClosed", (await host.SubmitAsync("kim", "마감 후")).Error().Code);

        var reopened = await board.OpenAsync("kindness", IdeaBoardFixture.Monday9.AddDays(20));
        Assert.Equal(CampaignPhase.Open, reopened.Phase);
        Assert.IsType<CardResult>(await host.SubmitAsync("kim", "다시 열린 뒤"));

        host.Time.Advance(TimeSpan.FromDays(12)); // the original end: the job moved with the window
        Assert.Equal(0, await host.RunDueJobsAsync());
        Assert.Equal(CampaignPhase.Open, (await board.GetCampaignAsync("kindness"))!.Phase);
        host.Time.Advance(TimeSpan.FromDays(8));
        Assert.Equal(1, await host.RunDueJobsAsync());
        await host.DeliverAsync();

        Assert.Equal(CampaignPhase.Closed, (await board.GetCampaignAsync("kindness"))!.Phase);
        Assert.Equal(2, (await host.InboxAsync("lee")).Count(i => i.MessageId.Contains("-digest-", StringComparison.Ordinal)));
        Assert.Equal(2, (await host.InboxAsync("lee")).Count(i => i.MessageId.Contains("-announcement-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_audience_or_reviewer_group_that_resolves_to_nobody_is_a_clear_localized_error_and_stores_nothing()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        var board = host.Get<IIdeaBoard>();

        var audience = await Assert.ThrowsAsync<IdeaBoardException>(() => board.CreateCampaignAsync(IdeaBoardFixture.Contest() with { Audience = Audience.OfDepartments("없는 부서") }));
        var reviewers = await Assert.ThrowsAsync<IdeaBoardException>(() => board.CreateCampaignAsync(IdeaBoardFixture.Contest() with { Reviewers = Audience.OfGroups("g-empty") }));

        Assert.Equal("NoAudience", audience.Code);
        Assert.Equal("공모 대상이 아무도 없습니다. 구성원이 있는 사람·그룹·부서를 지정해 주세요.", audience.Message);
        Assert.Equal("The campaign's audience resolves to nobody: name people, groups or departments that have members.", audience.GetMessage(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("NoReviewers", reviewers.Code);
        Assert.Empty(await board.ListCampaignsAsync());
        Assert.Equal(0, await host.DeliverAsync());
    }

    [Fact]
    public async Task Invalid_definitions_are_refused_before_anything_is_stored()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        var board = host.Get<IIdeaBoard>();
        await host.CreateAsync();

        Assert.Equal("CampaignExists", (await Assert.ThrowsAsync<IdeaBoardException>(() => board.CreateCampaignAsync(IdeaBoardFixture.Contest()))).Code);
        Assert.Equal("InvalidCampaignId", (await Assert.ThrowsAsync<IdeaBoardException>(() => board.CreateCampaignAsync(IdeaBoardFixture.Contest("Bad Id/../x")))).Code);
        Assert.Equal("InvalidWindow", (await Assert.ThrowsAsync<IdeaBoardException>(() => board.CreateCampaignAsync(
            IdeaBoardFixture.Contest("backwards") with { ClosesAt = IdeaBoardFixture.Monday9.AddHours(-1) }))).Code);
        Assert.Equal("MissingCampaignTitle", (await Assert.ThrowsAsync<IdeaBoardException>(() => board.CreateCampaignAsync(IdeaBoardFixture.Contest("untitled") with { Title = " " }))).Code);
        Assert.Single(await board.ListCampaignsAsync());
    }

    [Fact]
    public async Task Card_actions_naming_an_unknown_campaign_or_idea_get_a_clear_error()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();

        Assert.Equal("CampaignNotFound", (await host.ActAsync("kim", "ideaboard.browse", new JsonObject { ["campaignId"] = "../etc" })).Error().Code);
        Assert.Equal("IdeaNotFound", (await host.ViewAsync("kim", "i-does-not-exist")).Error().Code);
        Assert.Equal("IdeaNotFound", (await host.ViewAsync("kim", "../../x")).Error().Code);
    }

    [Fact]
    public async Task Browse_pages_through_ideas_most_voted_first()
    {
        await using var host = await IdeaBoardFixture.StartAsync(configure: o => o.PageSize = 2);
        await host.CreateAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await host.SubmitIdeaAsync("kim", $"제안 {i}", draft: $"d{i}"));
        }

        await host.VoteAsync("lee", ids[3]);
        await host.VoteAsync("emma", ids[3]);
        await host.VoteAsync("lee", ids[1]);

        var first = (await host.ActAsync("ben", "ideaboard.browse", new JsonObject { ["campaignId"] = "kindness" })).Card();
        var next = (await host.ActAsync("ben", "ideaboard.browse", first.DataOfAll("ideaboard.browse").Single(d => (string?)d["page"] == "1"))).Card();
        var last = (await host.ActAsync("ben", "ideaboard.browse", new JsonObject { ["campaignId"] = "kindness", ["page"] = "9" })).Card();

        Assert.Contains("#1 · 2 votes", first.Text());
        Assert.True(first.Text().IndexOf("제안 3", StringComparison.Ordinal) < first.Text().IndexOf("제안 1", StringComparison.Ordinal));
        Assert.Contains("Page 1 of 3", first.Text());
        Assert.DoesNotContain("제안 3", next.Text());
        Assert.DoesNotContain("제안 1", next.Text());
        Assert.Contains("Page 2 of 3", next.Text());
        Assert.Contains("Page 3 of 3", last.Text()); // a page past the end shows the last one
    }
}
