using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Extensions.People;
using Intranet.Extensions.Testing.Hosting;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>The demo content, the whole flow driven from the cards people actually received, and registration.</summary>
public sealed class DemoAndFlowTests
{
    /// <summary>A roster shaped like the sample host's: departments of five, the first of each the others' manager.</summary>
    private static List<StaffMember> Roster(int departments)
    {
        var names = new[] { "행정지원과", "민원여권과", "복지정책과", "안전총괄과", "행복1동 행정복지센터", "새봄동 행정복지센터" };
        return [.. Enumerable.Range(0, departments * 5).Select(i => new StaffMember
        {
            Id = $"u{i + 1:00}",
            DisplayName = $"직원{i + 1:00}",
            Department = names[i / 5],
            PreferredLanguage = i % 10 == 3 ? "en-US" : "ko-KR",
            ManagerId = i % 5 == 0 ? null : $"u{i / 5 * 5 + 1:00}",
        })];
    }

    [Fact]
    public async Task The_demo_seeds_an_open_contest_and_an_unnecessary_work_campaign_once_however_often_it_runs()
    {
        await using var host = await IntranetTestHost.StartAsync(Roster(6), b => b.AddIdeaBoard());

        await host.SeedDemoContentAsync();
        await host.SeedDemoContentAsync();
        await host.DeliverAsync();

        var board = host.Get<IIdeaBoard>();
        var kindness = await board.GetCampaignAsync(IdeaBoardDemoContent.KindnessId);
        var work = await board.GetCampaignAsync(IdeaBoardDemoContent.WorkId);
        Assert.Equal(CampaignPhase.Open, kindness!.Phase);
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        Assert.Equal(12, (TimeZoneInfo.ConvertTime(kindness.ClosesAt, seoul).Date - TimeZoneInfo.ConvertTime(kindness.OpensAt, seoul).Date).Days + 1); // calendar days
        Assert.Equal(4, kindness.Ideas);
        Assert.Equal(CampaignKind.UnnecessaryWork, work!.Kind);
        Assert.True(work.Anonymous);
        Assert.Equal(12, work.Ideas);

        var ideas = await board.ExportCsvAsync(IdeaBoardDemoContent.WorkId, IdeaBoardExport.Ideas);
        var text = System.Text.Encoding.UTF8.GetString(ideas);
        Assert.Contains("주간 업무보고 서면 취합", text);
        Assert.Contains("실행 중", text);
        Assert.Contains("보류", text);
        var votes = System.Text.Encoding.UTF8.GetString(await board.ExportCsvAsync(IdeaBoardDemoContent.WorkId, IdeaBoardExport.Votes));
        Assert.True(votes.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length > 20);

        // Everyone got each announcement once; the adopted item's author got the decision and the implementation update.
        var inbox = await host.InboxAsync("u30");
        Assert.Equal(2, inbox.Count(i => i.MessageId.Contains("-announcement-", StringComparison.Ordinal)));
        var author = await host.InboxAsync("u02");
        Assert.Contains(author, i => i.MessageId.Contains("-decision-", StringComparison.Ordinal) && i.Card.Text().Contains("제안이 채택되었습니다!", StringComparison.Ordinal));
        Assert.Contains(author, i => i.MessageId.Contains("-implementation-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task From_the_inbox_a_person_submits_others_vote_and_comment_a_reviewer_adopts_and_the_author_sees_the_result()
    {
        await using var host = await IntranetTestHost.StartAsync(Roster(2), b => b.AddIdeaBoard());
        await host.CreateAsync(IdeaBoardFixture.Contest() with { Reviewers = Audience.OfDepartments("행정지원과") });
        await host.DeliverAsync();

        // The author fills in the form inside the announcement they received.
        var announcement = Assert.Single(await host.InboxAsync("u07"));
        var submit = CardOf(announcement.Card).DataOf("ideaboard.submit");
        submit["title"] = "민원실 대기 번호 문자 알림";
        submit["body"] = "대기 순서가 가까워지면 문자로 알려 드려 밖에서 기다리실 수 있게 합니다.";
        submit["category"] = "디지털 서비스";
        var confirmation = (await host.ActAsync("u07", "ideaboard.submit", submit, announcement.MessageId)).Card();
        var ideaId = (string)confirmation.DataOf("ideaboard.idea")["ideaId"]!;

        // A colleague browses from their announcement, opens the idea, votes and comments.
        var colleagueCard = Assert.Single(await host.InboxAsync("u08"));
        var browse = (await host.ActAsync("u08", "ideaboard.browse", CardOf(colleagueCard.Card).DataOf("ideaboard.browse"))).Card();
        var idea = (await host.ActAsync("u08", "ideaboard.idea", browse.DataOfAll("ideaboard.idea").Single(d => (string?)d["ideaId"] == ideaId))).Card();
        var voted = (await host.ActAsync("u08", "ideaboard.vote", idea.DataOf("ideaboard.vote"))).Card();
        var comment = voted.DataOf("ideaboard.comment");
        comment["comment"] = "어르신들께 특히 도움이 되겠어요!";
        var commented = (await host.ActAsync("u08", "ideaboard.comment", comment)).Card();
        Assert.Contains("이 제안에 공감했습니다.", commented.Text());
        Assert.Contains("어르신들께 특히 도움이 되겠어요!", commented.Text());

        // The reviewer decides from the review card in their inbox.
        await host.DeliverAsync();
        var review = Assert.Single(await host.InboxAsync("u02"), i => i.MessageId.EndsWith("-review", StringComparison.Ordinal));
        var decide = CardOf(review.Card).DataOf("ideaboard.decide");
        decide["decision"] = "adopt";
        decide["feedback"] = "다음 달부터 민원여권과에서 시범 운영합니다.";
        var decided = (await host.ActAsync("u02", "ideaboard.decide", decide, review.MessageId)).Card();
        Assert.Contains("채택", decided.Text());
        await host.DeliverAsync();

        var result = Assert.Single(await host.InboxAsync("u07"), i => i.MessageId.Contains("-decision-", StringComparison.Ordinal)).Card.Text();
        Assert.Contains("제안이 채택되었습니다!", result);
        Assert.Contains("다음 달부터 민원여권과에서 시범 운영합니다.", result);
        Assert.Contains("100점", result);
    }

    [Fact]
    public async Task Adding_the_plugin_twice_registers_it_once_and_bad_options_fail_at_start()
    {
        await using var host = await IntranetTestHost.StartAsync(IdeaBoardFixture.People, b => b.AddIdeaBoard().AddIdeaBoard());
        Assert.Single(host.Services.GetServices<IIdeaBoard>());

        await using var bad = await IntranetTestHost.StartAsync(IdeaBoardFixture.People, b => b.AddIdeaBoard(o => o.PageSize = 0));
        Assert.Throws<OptionsValidationException>(() => bad.Get<IOptions<IdeaBoardOptions>>().Value);
    }

    private static Intranet.Extensions.Cards.AdaptiveCard CardOf(JsonObject json) => Intranet.Extensions.Cards.CardJson.Parse(json.ToJsonString());
}
