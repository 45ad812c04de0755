using Intranet.Extensions.Actions;
using Intranet.Extensions.People;
using Intranet.Plugins.IdeaBoard.Campaigns;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>Votes: one per person per idea, a toggle, never on one's own idea, never outside the window, never lost.</summary>
public sealed class VoteTests
{
    [Fact]
    public async Task A_thousand_people_voting_at_once_give_exactly_a_thousand_votes_and_toggling_half_leaves_half()
    {
        var voters = Enumerable.Range(1, 1000).Select(i => new StaffMember
        {
            Id = $"p{i:0000}",
            DisplayName = $"직원{i}",
            Department = $"부서{i % 20}",
            PreferredLanguage = i % 4 == 0 ? "en-US" : "ko-KR",
        }).ToList();
        await using var host = await IdeaBoardFixture.StartAsync([.. IdeaBoardFixture.People, .. voters]);
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("kim", "어르신 천천히 창구");
        var board = host.Get<IIdeaBoard>();

        var first = await Task.WhenAll(voters.Select(v => host.VoteAsync(v.Id, ideaId)));

        Assert.All(first, r => Assert.IsType<CardResult>(r));
        Assert.Equal(1000, await board.GetVoteCountAsync("kindness", ideaId));

        // Everyone clicks again at once: the even ones take their vote back, the odd ones click "vote" a second time.
        var second = await Task.WhenAll(voters.Select((v, i) => host.VoteAsync(v.Id, ideaId, on: i % 2 == 1)));

        Assert.All(second, r => Assert.IsType<CardResult>(r));
        Assert.Equal(500, await board.GetVoteCountAsync("kindness", ideaId));
        var csv = System.Text.Encoding.UTF8.GetString(await board.ExportCsvAsync("kindness", IdeaBoardExport.Votes));
        Assert.Equal(500, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.All(voters.Where((_, i) => i % 2 == 1), v => Assert.Contains("," + v.Id + ",", csv));
    }

    [Fact]
    public async Task The_vote_button_toggles_and_a_double_click_counts_once()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("kim", "민원실 돋보기 비치");

        var voted = (await host.VoteAsync("lee", ideaId)).Card();
        await host.VoteAsync("lee", ideaId);
        await host.VoteAsync("emma", ideaId);

        Assert.Equal(2, await host.Get<IIdeaBoard>().GetVoteCountAsync("kindness", ideaId));
        Assert.Contains("이 제안에 공감했습니다.", voted.Text());
        Assert.Equal("false", (string?)voted.DataOf("ideaboard.vote")["on"]);

        var unvoted = (await host.VoteAsync("lee", ideaId, on: false)).Card();

        Assert.Equal(1, await host.Get<IIdeaBoard>().GetVoteCountAsync("kindness", ideaId));
        Assert.Equal("true", (string?)unvoted.DataOf("ideaboard.vote")["on"]);
    }

    [Fact]
    public async Task Nobody_votes_for_their_own_idea()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("emma", "Multilingual QR codes");

        var error = (await host.VoteAsync("emma", ideaId)).Error();
        var ownCard = (await host.ViewAsync("emma", ideaId)).Card();

        Assert.Equal("OwnIdea", error.Code);
        Assert.Equal("You cannot vote for your own idea.", error.Message);
        Assert.Equal(0, await host.Get<IIdeaBoard>().GetVoteCountAsync("kindness", ideaId));
        Assert.DoesNotContain("ideaboard.vote", ownCard.Verbs());
    }

    [Fact]
    public async Task Votes_outside_the_window_are_refused_with_the_closing_time_in_Seoul_and_change_nothing()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("kim", "전화 끝인사 캠페인");

        // Closes Friday 13 March 18:00 in Seoul = 09:00 UTC: one second before, it is still open.
        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 13, 8, 59, 59, TimeSpan.Zero));
        Assert.IsType<CardResult>(await host.VoteAsync("lee", ideaId));
        host.Time.SetUtcNow(new DateTimeOffset(2026, 3, 13, 9, 0, 0, TimeSpan.Zero));

        var korean = (await host.VoteAsync("head", ideaId)).Error();
        var english = (await host.VoteAsync("ben", ideaId)).Error();

        Assert.Equal("CampaignClosed", korean.Code);
        Assert.Equal("접수 기간이 끝났습니다(2026. 3. 13.(금) 18:00 (UTC+09:00) 마감). 제안·공감·댓글을 더 받지 않습니다.", korean.Message);
        Assert.Equal("This campaign closed on Fri, Mar 13, 2026, 18:00 (UTC+09:00); it takes no more ideas, votes or comments.", english.Message);
        Assert.Equal(1, await host.Get<IIdeaBoard>().GetVoteCountAsync("kindness", ideaId));
    }

    [Fact]
    public async Task Withdrawn_and_merged_ideas_take_no_votes()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var withdrawn = await host.SubmitIdeaAsync("kim", "철회할 제안");
        var merged = await host.SubmitIdeaAsync("lee", "병합될 제안");
        var target = await host.SubmitIdeaAsync("emma", "Target idea");
        await host.ActAsync("kim", "ideaboard.withdraw", new() { ["campaignId"] = "kindness", ["ideaId"] = withdrawn });
        await host.DecideAsync("head", merged, "merge", mergeInto: target);

        Assert.Equal("NotVotable", (await host.VoteAsync("ben", withdrawn)).Error().Code);
        Assert.Equal("This idea is \"Merged\" and takes no votes.", (await host.VoteAsync("ben", merged)).Error().Message);
        Assert.IsType<CardResult>(await host.VoteAsync("ben", target));
    }
}
