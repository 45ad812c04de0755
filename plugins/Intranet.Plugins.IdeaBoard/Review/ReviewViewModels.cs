using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Ideas;

namespace Intranet.Plugins.IdeaBoard.Review;

/// <summary>An idea as its reviewers see it: author known, scores so far, the reviewer's own, ideas it could merge into.</summary>
internal sealed record ReviewView(
    Campaign Campaign, Idea Idea, int Votes, int Comments, IReadOnlyList<Score> Scores, Score? Mine,
    IReadOnlyList<MergeTarget> MergeTargets, string? MergedIntoTitle, IReadOnlyList<string> RefreshUserIds, IdeaBoardOptions Limits,
    IReadOnlyList<SimilarIdea> Similar, IReadOnlyList<ReviewerChoice> ReviewerChoices);

/// <summary>A reviewer an idea can be assigned to.</summary>
internal sealed record ReviewerChoice(string Id, string Name);

/// <summary>An idea another one can be merged into.</summary>
internal sealed record MergeTarget(string IdeaId, string Title);

/// <summary>The ideas of a campaign still waiting for a decision.</summary>
internal sealed record QueueView(Campaign Campaign, IReadOnlyList<IdeaRow> Pending, int Settled);

/// <summary>What the author of an idea receives about it.</summary>
internal sealed record DecisionView(Campaign Campaign, Idea Idea, string? MergedIntoTitle);
