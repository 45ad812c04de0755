namespace Intranet.Plugins.IdeaBoard;

/// <summary>Options of the idea board plugin.</summary>
public sealed class IdeaBoardOptions
{
    /// <summary>Longest idea title, in characters.</summary>
    public int MaxTitleLength { get; set; } = 100;

    /// <summary>Longest idea description (and each "unnecessary work" field), in characters.</summary>
    public int MaxBodyLength { get; set; } = 2000;

    /// <summary>Longest comment, in characters.</summary>
    public int MaxCommentLength { get; set; } = 500;

    /// <summary>Longest reviewer feedback, in characters.</summary>
    public int MaxFeedbackLength { get; set; } = 1000;

    /// <summary>Largest "hours saved per month" an unnecessary-work item may claim.</summary>
    public int MaxHoursSavedPerMonth { get; set; } = 1000;

    /// <summary>Similarity (0–1, character-bigram Dice) from which an existing idea is shown as similar.</summary>
    public double SimilarityThreshold { get; set; } = 0.3;

    /// <summary>How many similar ideas a submission shows at most.</summary>
    public int MaxSimilarIdeas { get; set; } = 3;

    /// <summary>Ideas per page of the browse card (cards stay well under Teams' size limit).</summary>
    public int PageSize { get; set; } = 8;

    /// <summary>How many top ideas the results digest lists.</summary>
    public int DigestTopCount { get; set; } = 5;

    /// <summary>Sends the reviewer group a review card for every new idea; otherwise they use the review queue.</summary>
    public bool NotifyReviewersOnSubmit { get; set; } = true;
}
