using System.Text.Json.Nodes;
using Intranet.Extensions.Actions;
using Intranet.Plugins.IdeaBoard.Campaigns;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>Review: scores, decisions, the author's result card, implementation, incentive points and leaderboards.</summary>
public sealed class ReviewTests
{
    private static JsonObject Ids(string ideaId, string campaign = "kindness") => new() { ["campaignId"] = campaign, ["ideaId"] = ideaId };

    [Fact]
    public async Task Only_the_reviewer_group_reviews_and_nobody_reviews_their_own_idea()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("kim", "제안");
        var own = await host.SubmitIdeaAsync("lead", "심사위원의 제안", draft: "d2");

        var outsider = (await host.DecideAsync("lee", ideaId, "adopt")).Error();
        var ownReview = (await host.DecideAsync("lead", own, "adopt")).Error();
        var queue = (await host.ActAsync("lee", "ideaboard.queue", new JsonObject { ["campaignId"] = "kindness" })).Error();

        Assert.Equal("NotReviewer", outsider.Code);
        Assert.Equal("이 공모의 심사위원만 할 수 있습니다.", outsider.Message);
        Assert.Equal("OwnIdeaReview", ownReview.Code);
        Assert.Equal("NotReviewer", queue.Code);
        Assert.DoesNotContain("ideaboard.review", (await host.ViewAsync("lee", ideaId)).Card().Verbs());
        Assert.Contains("ideaboard.review", (await host.ViewAsync("head", ideaId)).Card().Verbs());
    }

    [Fact]
    public async Task Scores_are_one_to_five_on_every_criterion_and_show_as_averages_and_as_the_reviewers_own()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("kim", "제안");
        JsonObject Scores(string impact, string feasibility, string? cost) =>
            new() { ["campaignId"] = "kindness", ["ideaId"] = ideaId, ["impact"] = impact, ["feasibility"] = feasibility, ["cost"] = cost };

        var missing = (await host.ActAsync("head", "ideaboard.score", Scores("5", "4", null))).Error();
        var outOfRange = (await host.ActAsync("head", "ideaboard.score", Scores("6", "4", "3"))).Error();
        await host.ActAsync("head", "ideaboard.score", Scores("5", "4", "3"));
        var card = (await host.ActAsync("lead", "ideaboard.score", Scores("4", "2", "4"))).Card();

        Assert.Equal("InvalidScore", missing.Code);
        Assert.Equal("비용 점수를 1에서 5 사이로 골라 주세요.", missing.Message);
        Assert.Equal("InvalidScore", outOfRange.Code);
        Assert.Contains("심사 점수 (2명)", card.Text());
        Assert.Contains("평균 4.5 / 5", card.Text()); // impact (5 + 4) / 2
        Assert.Contains("평균 3.0 / 5", card.Text()); // feasibility
        Assert.Contains("내 점수: 효과 4 · 실현 가능성 2 · 비용 4", card.Text());
        Assert.Contains("심사 중", (await host.ViewAsync("lee", ideaId)).Card().Text());
    }

    [Fact]
    public async Task Adopting_tells_the_author_in_their_language_awards_points_and_tracks_implementation()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("emma", "Multilingual QR codes");
        await host.DeliverAsync();

        var decided = (await host.DecideAsync("head", ideaId, "adopt", "4월부터 시범 운영합니다.")).Card();
        var doubleClick = await host.DecideAsync("head", ideaId, "adopt", "4월부터 시범 운영합니다.");
        var again = (await host.DecideAsync("lead", ideaId, "reject")).Error();
        await host.ActAsync("head", "ideaboard.implementation", new JsonObject { ["campaignId"] = "kindness", ["ideaId"] = ideaId, ["status"] = "planned" });
        await host.DeliverAsync();
        var result = Assert.Single(await host.InboxAsync("emma"), i => i.MessageId.Contains("-decision-", StringComparison.Ordinal));

        Assert.Contains("채택", decided.Text());
        Assert.IsType<CardResult>(doubleClick);
        Assert.Equal("AlreadyDecided", again.Code);
        Assert.DoesNotContain(await host.InboxAsync("emma"), i => i.MessageId.Contains("-implementation-", StringComparison.Ordinal));
        Assert.Contains("Your idea was adopted!", result.Card.Text());
        Assert.Contains("4월부터 시범 운영합니다.", result.Card.Text());
        Assert.Contains("100 points", result.Card.Text());
        Assert.Contains("Planned", result.Card.Text());
        Assert.Equal(["emma"], result.Card["refresh"]!["userIds"]!.AsArray().Select(n => (string?)n));

        await host.ActAsync("head", "ideaboard.implementation", new JsonObject { ["campaignId"] = "kindness", ["ideaId"] = ideaId, ["status"] = "in-progress" });
        await host.ActAsync("head", "ideaboard.implementation", new JsonObject { ["campaignId"] = "kindness", ["ideaId"] = ideaId, ["status"] = "in-progress" });
        await host.DeliverAsync();
        var update = Assert.Single(await host.InboxAsync("emma"), i => i.MessageId.Contains("-implementation-", StringComparison.Ordinal));
        var refreshed = (await host.ActAsync("emma", "ideaboard.decision", result.Card["refresh"]!["action"]!["data"]!.AsObject().DeepClone().AsObject())).Card();
        var mine = (await host.ActAsync("emma", "ideaboard.mine", new JsonObject { ["campaignId"] = "kindness" })).Card();

        Assert.Contains("Your adopted idea: In progress", update.Card.Text());
        Assert.Contains("In progress", refreshed.Text());
        Assert.Contains("My incentive points (all campaigns): 100", mine.Text());
    }

    [Fact]
    public async Task Hold_can_be_decided_again_reject_and_merge_settle_the_idea_and_the_author_hears_each()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var held = await host.SubmitIdeaAsync("kim", "보류될 제안");
        var merged = await host.SubmitIdeaAsync("lee", "비슷한 제안", draft: "d2");
        var target = await host.SubmitIdeaAsync("ben", "Original idea", draft: "d3");

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.DecideAsync("head", held, "hold", "예산 편성 때 다시 봅니다."))); // a triple click
        var adoptedLater = (await host.DecideAsync("head", held, "adopt")).Card();
        var missingTarget = (await host.DecideAsync("head", merged, "merge")).Error();
        var selfTarget = (await host.DecideAsync("head", merged, "merge", mergeInto: merged)).Error();
        await host.DecideAsync("head", merged, "merge", "같은 방향이라 합칩니다.", target);
        await host.DeliverAsync();

        Assert.Contains("채택", adoptedLater.Text());
        Assert.Equal("MissingMergeTarget", missingTarget.Code);
        Assert.Equal("InvalidMergeTarget", selfTarget.Code);
        var kim = (await host.InboxAsync("kim")).Where(i => i.MessageId.Contains("-decision-", StringComparison.Ordinal)).Select(i => i.Card.Text()).ToList();
        Assert.Equal(2, kim.Count);
        Assert.Contains(kim, t => t.Contains("제안이 보류되었습니다", StringComparison.Ordinal));
        Assert.Contains(kim, t => t.Contains("제안이 채택되었습니다!", StringComparison.Ordinal));
        var lee = Assert.Single(await host.InboxAsync("lee"), i => i.MessageId.Contains("-decision-", StringComparison.Ordinal)).Card.Text();
        Assert.Contains("제안이 다른 제안과 병합되었습니다", lee);
        Assert.Contains("Original idea", lee);
        var mergedView = (await host.ViewAsync("emma", merged)).Card();
        Assert.Contains("Merged into", mergedView.Text());
        Assert.Contains("Original idea", mergedView.Text());
    }

    [Fact]
    public async Task The_leaderboard_ranks_people_and_departments_by_incentive_points_and_leaves_out_anonymous_campaigns()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        await host.CreateAsync(IdeaBoardFixture.Contest("secret", anonymous: true) with { IncentivePoints = 500 });
        var a = await host.SubmitIdeaAsync("kim", "첫째");
        var b = await host.SubmitIdeaAsync("kim", "둘째", draft: "d2");
        var c = await host.SubmitIdeaAsync("emma", "Third", draft: "d3");
        var secret = await host.SubmitIdeaAsync("lee", "비밀 제안", campaign: "secret");
        foreach (var id in new[] { a, b, c })
        {
            await host.DecideAsync("head", id, "adopt");
        }

        await host.DecideAsync("head", secret, "adopt", campaign: "secret");

        var board = (await host.ActAsync("ben", "ideaboard.leaderboard", new JsonObject { ["campaignId"] = "kindness", ["scope"] = "all" })).Card().Text();
        var leeMine = (await host.ActAsync("lee", "ideaboard.mine", new JsonObject { ["campaignId"] = "secret" })).Card().Text();

        Assert.Contains("김하늘 · 민원여권과 — 200 points (2 adopted)", board);
        Assert.Contains("Emma Lee · 민원여권과 — 100 points (1 adopted)", board);
        Assert.Contains("민원여권과 — 300 points (3 adopted)", board);
        Assert.True(board.IndexOf("김하늘", StringComparison.Ordinal) < board.IndexOf("Emma Lee", StringComparison.Ordinal));
        Assert.DoesNotContain("이서준", board);
        Assert.DoesNotContain("복지정책과", board);
        Assert.Contains("500점", leeMine);
    }

    [Fact]
    public async Task The_review_card_refreshes_for_reviewers_with_their_own_scores()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("kim", "제안");
        await host.DeliverAsync();
        var card = Assert.Single(await host.InboxAsync("head"), i => i.MessageId.EndsWith("-review", StringComparison.Ordinal)).Card;
        await host.ActAsync("head", "ideaboard.score", new JsonObject { ["campaignId"] = "kindness", ["ideaId"] = ideaId, ["impact"] = "5", ["feasibility"] = "5", ["cost"] = "5" });

        var refresh = card["refresh"]!["action"]!;
        var refreshed = (await host.ActAsync("head", (string)refresh["verb"]!, refresh["data"]!.AsObject().DeepClone().AsObject())).Card();
        var outsider = (await host.ActAsync("lee", (string)refresh["verb"]!, refresh["data"]!.AsObject().DeepClone().AsObject())).Error();

        Assert.Equal(["head", "lead"], card["refresh"]!["userIds"]!.AsArray().Select(n => (string?)n).Order());
        Assert.Contains("내 점수: 효과 5 · 실현 가능성 5 · 비용 5", refreshed.Text());
        Assert.Equal("NotReviewer", outsider.Code);
    }

    [Fact]
    public async Task A_reviewer_assigns_an_idea_to_a_colleague_of_the_group_who_gets_the_card_and_sees_it_first()
    {
        await using var host = await IdeaBoardFixture.StartAsync(configure: o => o.NotifyReviewersOnSubmit = false);
        await host.CreateAsync();
        var popular = await host.SubmitIdeaAsync("kim", "인기 제안");
        var assigned = await host.SubmitIdeaAsync("lee", "맡길 제안", draft: "d2");
        await host.VoteAsync("emma", popular);
        await host.DeliverAsync();
        Assert.DoesNotContain(await host.InboxAsync("lead"), i => i.MessageId.Contains("-review", StringComparison.Ordinal));

        JsonObject Assign(string? assignee) => new() { ["campaignId"] = "kindness", ["ideaId"] = assigned, ["assignee"] = assignee };
        var outsider = (await host.ActAsync("head", "ideaboard.assign", Assign("kim"))).Error();
        var notReviewer = (await host.ActAsync("kim", "ideaboard.assign", Assign("lead"))).Error();
        var card = (await host.ActAsync("head", "ideaboard.assign", Assign("lead"))).Card();
        await host.ActAsync("head", "ideaboard.assign", Assign("lead"));
        await host.DeliverAsync();

        Assert.Equal("InvalidAssignee", outsider.Code);
        Assert.Equal("NotReviewer", notReviewer.Code);
        Assert.Contains("담당 심사위원: 최팀장", card.Text());
        var inbox = Assert.Single(await host.InboxAsync("lead"), i => i.MessageId.Contains("-assigned-", StringComparison.Ordinal));
        Assert.Contains("맡길 제안", inbox.Card.Text());
        var queue = (await host.ActAsync("lead", "ideaboard.queue", new JsonObject { ["campaignId"] = "kindness" })).Card().Text();
        Assert.True(queue.IndexOf("맡길 제안", StringComparison.Ordinal) < queue.IndexOf("인기 제안", StringComparison.Ordinal));
        var headQueue = (await host.ActAsync("head", "ideaboard.queue", new JsonObject { ["campaignId"] = "kindness" })).Card().Text();
        Assert.True(headQueue.IndexOf("인기 제안", StringComparison.Ordinal) < headQueue.IndexOf("맡길 제안", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reviewers_can_be_a_department()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync(IdeaBoardFixture.Contest() with { Reviewers = Intranet.Extensions.People.Audience.OfDepartments("복지정책과") });
        var ideaId = await host.SubmitIdeaAsync("kim", "제안");

        Assert.Equal("NotReviewer", (await host.DecideAsync("head", ideaId, "adopt")).Error().Code);
        Assert.IsType<CardResult>(await host.DecideAsync("lee", ideaId, "adopt"));
    }
}
