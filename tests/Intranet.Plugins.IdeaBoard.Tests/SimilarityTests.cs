using Intranet.Plugins.IdeaBoard.Ideas;

namespace Intranet.Plugins.IdeaBoard.Tests;

/// <summary>Character bigrams find similar Korean ideas despite spacing and particles.</summary>
public sealed class SimilarityTests
{
    [Fact]
    public void Spacing_and_particles_do_not_hide_a_near_duplicate()
    {
        var score = Similarity.Score("민원서류 간소화", "민원서류 간소화", "민원 서류를 간소화", "민원 서류를 간소화하자");

        Assert.True(score > 0.7, $"score {score}");
    }

    [Fact]
    public void Unrelated_ideas_score_low()
    {
        var score = Similarity.Score("어르신 전용 민원 창구", "어르신 민원 서류 작성 도움", "청사 주차장 표지판 정비", "주차장 입구 표지판 교체");

        Assert.True(score < 0.1, $"score {score}");
    }

    [Fact]
    public void The_closest_ideas_come_first_and_withdrawn_ones_are_left_out()
    {
        Idea Make(string id, string title, IdeaStatus status = IdeaStatus.Submitted) => new()
        {
            Id = id, CampaignId = "c", AuthorId = "a", AuthorName = "a", Title = title, Body = title, SubmittedAt = default, Status = status,
        };
        var ideas = new[]
        {
            Make("near", "어르신 천천히 창구 운영"),
            Make("nearer", "어르신 천천히 창구"),
            Make("gone", "어르신 천천히 창구", IdeaStatus.Withdrawn),
            Make("far", "주차장 표지판"),
        };

        var found = Similarity.Find("어르신 천천히 창구", "어르신 천천히 창구", ideas, threshold: 0.3, max: 3);

        Assert.Equal(["nearer", "near"], found.Select(f => f.IdeaId));
        Assert.True(found[0].Score > 0.9, $"score {found[0].Score}");
    }

    [Fact]
    public void Dice_of_nothing_is_zero() => Assert.Equal(0, Similarity.Dice(Similarity.Bigrams(""), Similarity.Bigrams("   ")));
}
