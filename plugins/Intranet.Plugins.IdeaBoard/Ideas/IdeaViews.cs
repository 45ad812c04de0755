using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Comments;
using Intranet.Plugins.IdeaBoard.Incentives;
using Intranet.Plugins.IdeaBoard.Review;
using Intranet.Plugins.IdeaBoard.Storage;
using Intranet.Plugins.IdeaBoard.Votes;
using Microsoft.Extensions.Options;

namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary>
/// Reads what a card shows for one viewer. Anonymity is decided here, once: the author's name reaches a card
/// only for the author, the reviewers, or a campaign that is not anonymous.
/// </summary>
internal sealed class IdeaViews(
    IdeaBoardStore store, VoteStore votes, CommentStore comments, Reviewers reviewers, LeaderboardService leaderboard,
    IOrganizationContext organization, TimeProvider time, IOptions<IdeaBoardOptions> options)
{
    public IdeaBoardOptions Limits => options.Value;

    public TimeZoneInfo Zone => organization.TimeZone;

    public CampaignPhase PhaseOf(Campaign campaign) => campaign.PhaseAt(time.GetUtcNow());

    public AnnouncementView Announcement(Campaign campaign, string draftId, IdeaDraft? draft = null, IReadOnlyList<SimilarIdea>? similar = null) =>
        new(campaign, PhaseOf(campaign), draftId, Zone, Limits, draft, similar);

    public async Task<IdeaView> IdeaAsync(Campaign campaign, Idea idea, StaffMember viewer, CancellationToken cancellationToken)
    {
        var isReviewer = await reviewers.IsReviewerAsync(campaign, viewer.Id, cancellationToken);
        var isAuthor = idea.AuthorId == viewer.Id;
        var (count, hasVoted) = await votes.TallyAsync(campaign.Id, idea.Id, isAuthor ? null : viewer.Id, cancellationToken);
        var list = await comments.ListAsync(campaign.Id, idea.Id, cancellationToken);
        var mergedInto = idea.MergedInto is { } target ? (await store.FindIdeaAsync(campaign.Id, target, cancellationToken))?.Title : null;

        // A fresh draft id per rendering: a double click posts once, a second comment gets its own id.
        return new IdeaView(campaign, idea, count, hasVoted, list, ShowAuthor(campaign, isAuthor, isReviewer), isAuthor, isReviewer,
            PhaseOf(campaign), mergedInto, Guid.NewGuid().ToString("N"), Limits);
    }

    public async Task<BrowseView> BrowseAsync(Campaign campaign, StaffMember viewer, string sort, int page, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(campaign, viewer, cancellationToken);
        var visible = rows.Where(r => r.Idea.IsVisible);
        var ordered = sort == "latest"
            ? visible.OrderByDescending(r => r.Idea.SubmittedAt).ThenBy(r => r.Idea.Id, StringComparer.Ordinal).ToList()
            : [.. Ranked(visible)];
        var pageCount = Math.Max(1, (ordered.Count + Limits.PageSize - 1) / Limits.PageSize);
        page = Math.Clamp(page, 0, pageCount - 1);
        return new BrowseView(campaign, PhaseOf(campaign), [.. ordered.Skip(page * Limits.PageSize).Take(Limits.PageSize)], page, pageCount, ordered.Count, sort);
    }

    public async Task<MineView> MineAsync(Campaign campaign, StaffMember viewer, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(campaign, viewer, cancellationToken);
        var mine = rows.Where(r => r.Idea.AuthorId == viewer.Id && r.Idea.IsVisible).OrderByDescending(r => r.Idea.SubmittedAt).ToList();
        var points = await leaderboard.PointsOfAsync(viewer.Id, cancellationToken);
        return new MineView(campaign, PhaseOf(campaign), mine, points);
    }

    /// <summary>Every idea of the campaign with its counts, as <paramref name="viewer"/> may see it (null: the audience at large).</summary>
    public async Task<IReadOnlyList<IdeaRow>> RowsAsync(Campaign campaign, StaffMember? viewer, CancellationToken cancellationToken)
    {
        var ideas = await store.ListIdeasAsync(campaign.Id, cancellationToken);
        var voteCounts = await votes.CountAllAsync(campaign.Id, cancellationToken);
        var commentCounts = (await comments.ListAllAsync(campaign.Id, cancellationToken)).GroupBy(c => c.IdeaId).ToDictionary(g => g.Key, g => g.Count());
        var isReviewer = viewer is not null && await reviewers.IsReviewerAsync(campaign, viewer.Id, cancellationToken);
        return [.. ideas.Select(i => new IdeaRow(i, voteCounts.GetValueOrDefault(i.Id), commentCounts.GetValueOrDefault(i.Id),
            ShowAuthor(campaign, viewer is not null && i.AuthorId == viewer.Id, isReviewer)))];
    }

    /// <summary>Most votes first, then most comments, then the earliest.</summary>
    public static IEnumerable<IdeaRow> Ranked(IEnumerable<IdeaRow> rows) =>
        rows.OrderByDescending(r => r.Votes).ThenByDescending(r => r.Comments).ThenBy(r => r.Idea.SubmittedAt).ThenBy(r => r.Idea.Id, StringComparer.Ordinal);

    public static bool ShowAuthor(Campaign campaign, bool isAuthor, bool isReviewer) => !campaign.Anonymous || isAuthor || isReviewer;
}
