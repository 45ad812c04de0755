using System.Text.Json.Nodes;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>On an anonymous campaign the author is hidden from other staff in every card, and known to reviewers.</summary>
public sealed class AnonymityTests
{
    [Fact]
    public async Task Other_staff_never_see_the_author_the_author_and_reviewers_do()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync(IdeaBoardFixture.Contest(anonymous: true));
        var ideaId = await host.SubmitIdeaAsync("kim", "익명 제안");
        await host.CommentAsync("kim", ideaId, "작성자가 단 댓글");
        await host.VoteAsync("lee", ideaId);
        var data = new JsonObject { ["campaignId"] = "kindness" };

        var otherViews = new[]
        {
            (await host.ViewAsync("lee", ideaId)).Card().Text(),
            (await host.VoteAsync("emma", ideaId)).Card().Text(),
            (await host.ActAsync("lee", "ideaboard.browse", data.DeepClone().AsObject())).Card().Text(),
            (await host.ActAsync("lee", "ideaboard.browse", new JsonObject { ["campaignId"] = "kindness", ["sort"] = "latest" })).Card().Text(),
            (await host.ActAsync("lee", "ideaboard.leaderboard", data.DeepClone().AsObject())).Card().Text(),
        };
        var queue = (await host.ActAsync("head", "ideaboard.queue", data.DeepClone().AsObject())).Card().Text();
        await host.DecideAsync("head", ideaId, "adopt");
        otherViews = [.. otherViews, (await host.ViewAsync("ben", ideaId)).Card().Text(),
            (await host.ActAsync("ben", "ideaboard.leaderboard", new JsonObject { ["campaignId"] = "kindness", ["scope"] = "all" })).Card().Text()];
        await host.Get<Campaigns.IIdeaBoard>().CloseAsync("kindness");
        await host.DeliverAsync();
        otherViews = [.. otherViews, .. (await host.InboxAsync("lee")).Select(i => i.Card.Text())];

        Assert.All(otherViews, text =>
        {
            Assert.DoesNotContain("김하늘", text);
            Assert.DoesNotContain("민원여권과", text);
        });
        Assert.Contains("익명", otherViews[0]);
        Assert.Contains("작성자", otherViews[0]); // the author's own comment is labelled, not named
        Assert.Contains("김하늘", (await host.ViewAsync("kim", ideaId)).Card().Text());
        Assert.Contains("김하늘", (await host.ViewAsync("head", ideaId)).Card().Text());
        Assert.Contains("김하늘", queue);
    }

    [Fact]
    public async Task A_named_campaign_shows_the_author()
    {
        await using var host = await IdeaBoardFixture.StartAsync();
        await host.CreateAsync();
        var ideaId = await host.SubmitIdeaAsync("kim", "실명 제안");

        Assert.Contains("김하늘 · 민원여권과", (await host.ViewAsync("lee", ideaId)).Card().Text());
    }
}
