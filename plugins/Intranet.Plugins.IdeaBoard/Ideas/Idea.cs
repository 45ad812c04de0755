namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary>An idea (or an unnecessary-work item) as stored at <c>ideaboard/data/{campaign}/ideas/{id}</c>.</summary>
internal sealed record Idea
{
    public required string Id { get; init; }

    public required string CampaignId { get; init; }

    public required string AuthorId { get; init; }

    public required string AuthorName { get; init; }

    public string? AuthorDepartment { get; init; }

    public required string Title { get; init; }

    /// <summary>The description (ideas) or the proposal of what to do instead (unnecessary work; optional).</summary>
    public string Body { get; init; } = "";

    public string? Category { get; init; }

    public string? CurrentPractice { get; init; }

    public string? WhyUnnecessary { get; init; }

    public double? HoursSavedPerMonth { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset? EditedAt { get; init; }

    public IdeaStatus Status { get; init; } = IdeaStatus.Submitted;

    /// <summary>Set by the first score or decision; from then on the author can no longer edit or withdraw.</summary>
    public DateTimeOffset? ReviewStartedAt { get; init; }

    public IReadOnlyList<ReviewDecision> Decisions { get; init; } = [];

    public string? MergedInto { get; init; }

    /// <summary>The reviewer assigned to this idea (one of the reviewer group), if any.</summary>
    public string? AssignedReviewerId { get; init; }

    public string? AssignedReviewerName { get; init; }

    public ImplementationStatus? Implementation { get; init; }

    public DateTimeOffset? ImplementationUpdatedAt { get; init; }

    /// <summary>How often reviewers moved the implementation since adoption; names each change's notification.</summary>
    public int ImplementationUpdates { get; init; }

    /// <summary>Incentive points earned when adopted (the campaign's points at that moment).</summary>
    public int PointsAwarded { get; init; }

    public ReviewDecision? LastDecision => Decisions.Count > 0 ? Decisions[^1] : null;

    /// <summary>The author may still edit or withdraw it.</summary>
    public bool IsEditable => Status == IdeaStatus.Submitted && ReviewStartedAt is null;

    /// <summary>Adopted, rejected, merged and withdrawn ideas are settled; reviewers cannot decide again.</summary>
    public bool IsSettled => Status is IdeaStatus.Adopted or IdeaStatus.Rejected or IdeaStatus.Merged or IdeaStatus.Withdrawn;

    /// <summary>Shown in lists and counted in results.</summary>
    public bool IsVisible => Status is not IdeaStatus.Withdrawn;

    /// <summary>People may vote for it (inside the window).</summary>
    public bool IsVotable => Status is not (IdeaStatus.Withdrawn or IdeaStatus.Merged or IdeaStatus.Rejected);

    /// <summary>The text similarity looks at.</summary>
    public string SimilarityText => string.Join(' ', Title, Body, CurrentPractice, WhyUnnecessary);
}

/// <summary>Where an idea stands.</summary>
internal enum IdeaStatus
{
    Submitted,
    UnderReview,
    OnHold,
    Adopted,
    Rejected,
    Merged,
    Withdrawn,
}

/// <summary>What a reviewer decided.</summary>
internal enum DecisionKind
{
    Adopt,
    Reject,
    Hold,
    Merge,
}

/// <summary>Where an adopted idea's implementation stands.</summary>
internal enum ImplementationStatus
{
    Planned,
    InProgress,
    Done,
}

/// <summary>One review decision; an idea keeps them all (a hold, then an adoption) for the export.</summary>
internal sealed record ReviewDecision(
    DecisionKind Kind, string ReviewerId, string ReviewerName, string Feedback, DateTimeOffset DecidedAt, string? MergedInto = null);
