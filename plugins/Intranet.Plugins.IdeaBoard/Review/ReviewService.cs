using System.Globalization;
using Intranet.Extensions.Delivery;
using Intranet.Extensions.People;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Comments;
using Intranet.Plugins.IdeaBoard.Ideas;
using Intranet.Plugins.IdeaBoard.Storage;
using Intranet.Plugins.IdeaBoard.Votes;
using Intranet.Extensions.Cards;
using Intranet.Extensions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Review;

/// <summary>
/// Review: reviewers score ideas on the criteria, decide (adopt, reject, hold, merge) with feedback, and track
/// the implementation of adopted ideas. The author hears each decision in their own language.
/// </summary>
internal sealed partial class ReviewService(
    IdeaBoardStore store, VoteStore votes, CommentStore comments, Reviewers reviewers, IOutbox outbox,
    TimeProvider time, IOptions<IdeaBoardOptions> options, ILogger<ReviewService> logger)
{
    /// <summary>Most merge targets a review card offers (the most recent), to keep the card small.</summary>
    private const int MaxMergeTargets = 25;

    /// <summary>Most reviewers the assignment list offers.</summary>
    private const int MaxReviewerChoices = 30;

    /// <summary>Sends the reviewer group the review card of a new idea, when the options ask for it.</summary>
    public async Task AnnounceToReviewersAsync(Campaign campaign, Idea idea, CancellationToken cancellationToken)
    {
        if (!options.Value.NotifyReviewersOnSubmit)
        {
            return;
        }

        var view = await ViewAsync(campaign, idea, reviewer: null, cancellationToken);
        await SendAsync(new OutboxMessage
        {
            Id = $"ideaboard-{campaign.Id}-{idea.Id}-review",
            PluginId = IdeaBoardPlugin.Descriptor.Id,
            CardName = "review",
            Audience = campaign.Reviewers,
            Card = culture => ReviewCards.Review(view, culture),
        }, cancellationToken);
    }

    /// <summary>The review card's content for one reviewer (or, with no reviewer, for the whole group).</summary>
    public async Task<ReviewView> ViewAsync(Campaign campaign, Idea idea, StaffMember? reviewer, CancellationToken cancellationToken)
    {
        var scores = new List<Score>();
        await foreach (var entry in store.State.ListAsync<Score>(IdeaBoardKeys.ScoresPrefix(campaign.Id, idea.Id), cancellationToken))
        {
            scores.Add(entry.Value);
        }

        var ideas = await store.ListIdeasAsync(campaign.Id, cancellationToken);
        var targets = ideas
            .Where(i => i.Id != idea.Id && i.Status is not (IdeaStatus.Withdrawn or IdeaStatus.Merged or IdeaStatus.Rejected))
            .OrderByDescending(i => i.SubmittedAt)
            .Take(MaxMergeTargets)
            .Select(i => new MergeTarget(i.Id, i.Title))
            .ToList();
        var group = await reviewers.ListAsync(campaign, cancellationToken);
        return new ReviewView(
            campaign, idea,
            await votes.CountAsync(campaign.Id, idea.Id, cancellationToken),
            (await comments.ListAsync(campaign.Id, idea.Id, cancellationToken)).Count,
            scores, reviewer is null ? null : scores.FirstOrDefault(s => s.ReviewerId == reviewer.Id),
            targets, ideas.FirstOrDefault(i => i.Id == idea.MergedInto)?.Title,
            [.. group.Select(p => p.Id).Take(CardRefresh.MaxUserIds)], options.Value,
            Similarity.Find(idea.Title, idea.SimilarityText, ideas, options.Value.SimilarityThreshold, options.Value.MaxSimilarIdeas, idea.Id),
            [.. group.Where(p => p.Id != idea.AuthorId).Take(MaxReviewerChoices).Select(p => new ReviewerChoice(p.Id, p.DisplayName))]);
    }

    /// <summary>
    /// The ideas still waiting for a decision: those assigned to <paramref name="reviewerId"/> first, then the
    /// unassigned, then the rest, each most voted first. Reviewers see the authors.
    /// </summary>
    public static QueueView Queue(Campaign campaign, IReadOnlyList<IdeaRow> rows, string? reviewerId = null)
    {
        var visible = rows.Where(r => r.Idea.IsVisible).ToList();
        var pending = IdeaViews.Ranked(visible.Where(r => !r.Idea.IsSettled))
            .OrderBy(r => r.Idea.AssignedReviewerId is null ? 1 : r.Idea.AssignedReviewerId == reviewerId ? 0 : 2)
            .Select(r => r with { ShowAuthor = true })
            .ToList();
        return new QueueView(campaign, pending, visible.Count - pending.Count);
    }

    /// <summary>Refuses anyone outside the reviewer group, and reviewers judging their own idea.</summary>
    public async Task EnsureReviewerAsync(Campaign campaign, StaffMember person, Idea? idea, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (!await reviewers.IsReviewerAsync(campaign, person.Id, cancellationToken))
        {
            throw Error("NotReviewer", culture);
        }

        if (idea is not null && idea.AuthorId == person.Id)
        {
            throw Error("OwnIdeaReview", culture);
        }
    }

    /// <summary>Records the reviewer's scores (1–5 on every criterion); the first score starts the idea's review.</summary>
    public async Task<Idea> ScoreAsync(Campaign campaign, string? ideaId, StaffMember reviewer, IReadOnlyDictionary<string, string?> values, CultureInfo culture, CancellationToken cancellationToken)
    {
        var idea = await store.GetIdeaAsync(campaign.Id, ideaId, culture, cancellationToken);
        await EnsureReviewerAsync(campaign, reviewer, idea, culture, cancellationToken);
        if (idea.IsSettled)
        {
            throw Error("AlreadyDecided", culture, Cards.Labels.Status(idea.Status, culture));
        }

        var parsed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var criterion in Score.Criteria)
        {
            parsed[criterion] = int.TryParse(values.GetValueOrDefault(criterion), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v is >= 1 and <= 5
                ? v
                : throw Error("InvalidScore", culture, T("criterion." + criterion, culture));
        }

        var now = time.GetUtcNow();
        await store.State.PutAsync(IdeaBoardKeys.Score(campaign.Id, idea.Id, reviewer.Id),
            new Score(idea.Id, reviewer.Id, reviewer.DisplayName, parsed, now), WriteCondition.None, cancellationToken);
        return await StartReviewAsync(campaign, idea.Id, now, cancellationToken) ?? idea;
    }

    /// <summary>Records a decision and tells the author. Adopted, rejected and merged ideas are settled; a hold can be decided again.</summary>
    public async Task<Idea> DecideAsync(
        Campaign campaign, string? ideaId, StaffMember reviewer, string? decision, string? mergeInto, string? feedback, CultureInfo culture, CancellationToken cancellationToken)
    {
        var idea = await store.GetIdeaAsync(campaign.Id, ideaId, culture, cancellationToken);
        await EnsureReviewerAsync(campaign, reviewer, idea, culture, cancellationToken);
        var kind = decision switch
        {
            "adopt" => DecisionKind.Adopt,
            "reject" => DecisionKind.Reject,
            "hold" => DecisionKind.Hold,
            "merge" => DecisionKind.Merge,
            null => throw Error("MissingDecision", culture),
            _ => throw Error("InvalidDecision", culture),
        };
        var text = (feedback ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.Length > options.Value.MaxFeedbackLength)
        {
            throw Error("FeedbackTooLong", culture, options.Value.MaxFeedbackLength, text.Length);
        }

        Idea? target = null;
        if (kind == DecisionKind.Merge)
        {
            target = await store.FindIdeaAsync(campaign.Id, mergeInto ?? throw Error("MissingMergeTarget", culture), cancellationToken);
            if (target is null || target.Id == idea.Id || target.Status is IdeaStatus.Withdrawn or IdeaStatus.Merged or IdeaStatus.Rejected)
            {
                throw Error("InvalidMergeTarget", culture);
            }
        }

        var now = time.GetUtcNow();
        var record = new ReviewDecision(kind, reviewer.Id, reviewer.DisplayName, text, now, target?.Id);
        string? refusal = null;
        var updated = await store.UpdateIdeaAsync(campaign.Id, idea.Id, current =>
        {
            // The same decision again (a double click, a retry after a crash) is a repeat, not a second decision.
            var repeat = current?.LastDecision is { } last && last.Kind == kind && last.ReviewerId == reviewer.Id && last.Feedback == text && last.MergedInto == target?.Id;
            refusal = current is null ? "IdeaNotFound" : repeat ? null : current.IsSettled ? "AlreadyDecided" : null;
            return refusal is not null || repeat ? null : current! with
            {
                Status = kind switch
                {
                    DecisionKind.Adopt => IdeaStatus.Adopted,
                    DecisionKind.Reject => IdeaStatus.Rejected,
                    DecisionKind.Merge => IdeaStatus.Merged,
                    _ => IdeaStatus.OnHold,
                },
                ReviewStartedAt = current.ReviewStartedAt ?? now,
                Decisions = [.. current.Decisions, record],
                MergedInto = target?.Id,
                Implementation = kind == DecisionKind.Adopt ? ImplementationStatus.Planned : null,
                ImplementationUpdatedAt = kind == DecisionKind.Adopt ? now : null,
                PointsAwarded = kind == DecisionKind.Adopt ? campaign.IncentivePoints : 0,
            };
        }, cancellationToken);
        if (refusal is not null)
        {
            var current = await store.FindIdeaAsync(campaign.Id, idea.Id, cancellationToken) ?? idea;
            throw Error(refusal, culture, Cards.Labels.Status(current.Status, culture));
        }

        var decided = updated!.Value;
        var view = new DecisionView(campaign, decided, target?.Title);
        await SendAsync(new OutboxMessage
        {
            Id = $"ideaboard-{campaign.Id}-{decided.Id}-decision-{decided.Decisions.Count}",
            PluginId = IdeaBoardPlugin.Descriptor.Id,
            CardName = "decision",
            Audience = Audience.Users(decided.AuthorId),
            Card = c => DecisionCards.Decision(view, c),
        }, cancellationToken);
        return decided;
    }

    /// <summary>
    /// Assigns the idea to one reviewer of the group (not its author); they get the review card in their inbox.
    /// Any reviewer may (re)assign, so work can be handed on.
    /// </summary>
    public async Task<Idea> AssignAsync(Campaign campaign, string? ideaId, StaffMember reviewer, string? assigneeId, CultureInfo culture, CancellationToken cancellationToken)
    {
        var idea = await store.GetIdeaAsync(campaign.Id, ideaId, culture, cancellationToken);
        await EnsureReviewerAsync(campaign, reviewer, null, culture, cancellationToken);
        if (idea.IsSettled)
        {
            throw Error("AlreadyDecided", culture, Cards.Labels.Status(idea.Status, culture));
        }

        var assignee = assigneeId is null ? null : (await reviewers.ListAsync(campaign, cancellationToken)).FirstOrDefault(p => p.Id == assigneeId);
        if (assignee is null || assignee.Id == idea.AuthorId)
        {
            throw Error("InvalidAssignee", culture);
        }

        var updated = (await store.UpdateIdeaAsync(campaign.Id, idea.Id, current => current is null || current.AssignedReviewerId == assignee.Id ? null : current with
        {
            AssignedReviewerId = assignee.Id,
            AssignedReviewerName = assignee.DisplayName,
        }, cancellationToken))!.Value;

        var view = await ViewAsync(campaign, updated, reviewer: null, cancellationToken);
        await SendAsync(new OutboxMessage
        {
            Id = $"ideaboard-{campaign.Id}-{updated.Id}-assigned-{assignee.Id}",
            PluginId = IdeaBoardPlugin.Descriptor.Id,
            CardName = "review",
            Audience = Audience.Users(assignee.Id),
            Card = c => ReviewCards.Review(view, c),
        }, cancellationToken);
        return updated;
    }

    /// <summary>Moves an adopted idea's implementation (planned, in progress, done) and tells the author.</summary>
    public async Task<Idea> UpdateImplementationAsync(Campaign campaign, string? ideaId, StaffMember reviewer, string? status, CultureInfo culture, CancellationToken cancellationToken)
    {
        var idea = await store.GetIdeaAsync(campaign.Id, ideaId, culture, cancellationToken);
        await EnsureReviewerAsync(campaign, reviewer, idea, culture, cancellationToken);
        var next = status switch
        {
            "planned" => ImplementationStatus.Planned,
            "in-progress" => ImplementationStatus.InProgress,
            "done" => ImplementationStatus.Done,
            _ => throw Error("InvalidImplementation", culture),
        };
        var now = time.GetUtcNow();
        var notAdopted = false;
        var updated = await store.UpdateIdeaAsync(campaign.Id, idea.Id, current =>
        {
            notAdopted = current?.Status != IdeaStatus.Adopted;
            return !notAdopted && current!.Implementation != next
                ? current with { Implementation = next, ImplementationUpdatedAt = now, ImplementationUpdates = current.ImplementationUpdates + 1 }
                : null;
        }, cancellationToken);
        if (notAdopted)
        {
            throw Error("NotAdopted", culture);
        }

        // The id names the change, so a repeat of the same change sends nothing new; "planned" as set by the
        // adoption itself was already in the decision card.
        var result = updated!.Value;
        if (result.Implementation == next && result.ImplementationUpdates > 0)
        {
            await SendAsync(new OutboxMessage
            {
                Id = $"ideaboard-{campaign.Id}-{result.Id}-implementation-{result.ImplementationUpdates}",
                PluginId = IdeaBoardPlugin.Descriptor.Id,
                CardName = "implementation",
                Audience = Audience.Users(result.AuthorId),
                Card = c => DecisionCards.Implementation(new DecisionView(campaign, result, null), c),
            }, cancellationToken);
        }

        return result;
    }

    private async Task<Idea?> StartReviewAsync(Campaign campaign, string ideaId, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await store.UpdateIdeaAsync(campaign.Id, ideaId, current => current is null || current.ReviewStartedAt is not null ? null : current with
        {
            ReviewStartedAt = now,
            Status = current.Status == IdeaStatus.Submitted ? IdeaStatus.UnderReview : current.Status,
        }, cancellationToken))?.Value;

    // A notification whose audience left the directory must not undo the decision that was already stored.
    private async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await outbox.EnqueueAsync(message, cancellationToken);
        }
        catch (ArgumentException e)
        {
            LogNobodyToTell(logger, e, message.Id, message.CardName);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Idea board message {MessageId} ({CardName}) has nobody to go to")]
    private static partial void LogNobodyToTell(ILogger logger, Exception exception, string? messageId, string cardName);
}
