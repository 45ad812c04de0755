using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Comments;

namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary>The announcement with its submission form, optionally filled in again and with similar ideas found.</summary>
internal sealed record AnnouncementView(
    Campaign Campaign, CampaignPhase Phase, string DraftId, TimeZoneInfo Zone, IdeaBoardOptions Limits,
    IdeaDraft? Draft = null, IReadOnlyList<SimilarIdea>? Similar = null);

/// <summary>An idea in a list.</summary>
internal sealed record IdeaRow(Idea Idea, int Votes, int Comments, bool ShowAuthor);

/// <summary>One idea as one viewer sees it.</summary>
internal sealed record IdeaView(
    Campaign Campaign, Idea Idea, int Votes, bool HasVoted, IReadOnlyList<Comment> Comments, bool ShowAuthor,
    bool IsAuthor, bool IsReviewer, CampaignPhase Phase, string? MergedIntoTitle, string CommentDraftId, IdeaBoardOptions Limits)
{
    public bool CanVote => Phase == CampaignPhase.Open && !IsAuthor && Idea.IsVotable;

    public bool CanEdit => IsAuthor && Idea.IsEditable && Phase == CampaignPhase.Open;

    public bool CanWithdraw => IsAuthor && Idea.IsEditable;

    public bool CanComment => Phase == CampaignPhase.Open && Idea.IsVisible;
}

/// <summary>A page of a campaign's ideas.</summary>
internal sealed record BrowseView(Campaign Campaign, CampaignPhase Phase, IReadOnlyList<IdeaRow> Rows, int Page, int PageCount, int Total, string Sort);

/// <summary>The viewer's own ideas in a campaign and their points across campaigns.</summary>
internal sealed record MineView(Campaign Campaign, CampaignPhase Phase, IReadOnlyList<IdeaRow> Rows, int Points);

/// <summary>The confirmation after a submission or an edit.</summary>
internal sealed record SubmittedView(Campaign Campaign, Idea Idea, IReadOnlyList<SimilarIdea> Similar, bool Edited = false);
