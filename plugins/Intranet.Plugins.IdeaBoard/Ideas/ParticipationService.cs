using System.Globalization;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Comments;
using Intranet.Plugins.IdeaBoard.Review;
using Intranet.Plugins.IdeaBoard.Storage;
using Intranet.Plugins.IdeaBoard.Votes;
using Microsoft.Extensions.Options;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Ideas;

/// <summary>
/// What staff do: submit, edit, withdraw, vote, comment. Every check (window, lengths, ownership, review
/// started) happens before anything is written, so a refused action changes nothing.
/// </summary>
internal sealed class ParticipationService(
    IdeaBoardStore store, VoteStore votes, CommentStore comments, ReviewService review,
    IOrganizationContext organization, TimeProvider time, IOptions<IdeaBoardOptions> options)
{
    private IdeaBoardOptions Limits => options.Value;

    /// <summary>
    /// Stores a new idea. The id joins the campaign, the author and the form's draft id, so a second click on the
    /// same form returns the stored idea instead of a duplicate. The reviewer group gets its review card unless
    /// <paramref name="notifyReviewers"/> is off (bulk imports and demo seeding send one review queue instead).
    /// </summary>
    public async Task<(Idea Idea, bool Created)> SubmitAsync(
        Campaign campaign, string draftId, StaffMember author, IdeaDraft draft, CultureInfo culture, bool notifyReviewers, CancellationToken cancellationToken)
    {
        CampaignWindow.EnsureOpen(campaign, time.GetUtcNow(), organization.TimeZone, culture);
        var fields = Validate(campaign, draft, culture);
        var idea = fields with
        {
            Id = StableIds.Of('i', campaign.Id, author.Id, draftId),
            CampaignId = campaign.Id,
            AuthorId = author.Id,
            AuthorName = author.DisplayName,
            AuthorDepartment = author.Department,
            SubmittedAt = time.GetUtcNow(),
        };

        var stored = (await store.UpdateIdeaAsync(campaign.Id, idea.Id, current => current is null ? idea : null, cancellationToken))!.Value;
        var created = ReferenceEquals(stored, idea);

        // Also on a repeat: the outbox keeps one message per id, and a retry after a crash still reaches the reviewers.
        if (notifyReviewers && stored.IsEditable)
        {
            await review.AnnounceToReviewersAsync(campaign, stored, cancellationToken);
        }

        return (stored, created);
    }

    /// <summary>Changes the author's idea while the window is open and review has not started.</summary>
    public async Task<Idea> EditAsync(Campaign campaign, string? ideaId, StaffMember author, IdeaDraft draft, CultureInfo culture, CancellationToken cancellationToken)
    {
        var existing = await EnsureEditableAsync(campaign, ideaId, author, culture, cancellationToken);
        var fields = Validate(campaign, draft, culture);
        var now = time.GetUtcNow();
        string? refusal = null;
        var updated = await store.UpdateIdeaAsync(campaign.Id, existing.Id, current =>
        {
            refusal = current is null ? "IdeaNotFound" : current.IsEditable ? null : "ReviewStarted";
            return refusal is null
                ? current! with
                {
                    Title = fields.Title,
                    Body = fields.Body,
                    Category = fields.Category,
                    CurrentPractice = fields.CurrentPractice,
                    WhyUnnecessary = fields.WhyUnnecessary,
                    HoursSavedPerMonth = fields.HoursSavedPerMonth,
                    EditedAt = now,
                }
                : null;
        }, cancellationToken);
        return refusal is null ? updated!.Value : throw Error(refusal, culture);
    }

    /// <summary>The edit form may be shown: the author's idea, window open, review not started.</summary>
    public async Task<Idea> EnsureEditableAsync(Campaign campaign, string? ideaId, StaffMember author, CultureInfo culture, CancellationToken cancellationToken)
    {
        CampaignWindow.EnsureOpen(campaign, time.GetUtcNow(), organization.TimeZone, culture);
        var idea = await store.GetIdeaAsync(campaign.Id, ideaId, culture, cancellationToken);
        return idea.AuthorId != author.Id ? throw Error("NotYourIdea", culture)
            : !idea.IsEditable ? throw Error("ReviewStarted", culture)
            : idea;
    }

    /// <summary>Withdraws the author's idea until review starts (also after the window closed).</summary>
    public async Task<Idea> WithdrawAsync(Campaign campaign, string? ideaId, StaffMember author, CultureInfo culture, CancellationToken cancellationToken)
    {
        var idea = await store.GetIdeaAsync(campaign.Id, ideaId, culture, cancellationToken);
        if (idea.AuthorId != author.Id)
        {
            throw Error("NotYourIdea", culture);
        }

        string? refusal = null;
        var updated = await store.UpdateIdeaAsync(campaign.Id, idea.Id, current =>
        {
            refusal = current is null ? "IdeaNotFound" : current.Status == IdeaStatus.Withdrawn ? null : current.IsEditable ? null : "ReviewStarted";
            return refusal is null && current!.Status != IdeaStatus.Withdrawn ? current with { Status = IdeaStatus.Withdrawn } : null;
        }, cancellationToken);
        return refusal is null ? updated!.Value : throw Error(refusal, culture);
    }

    /// <summary>Sets the person's vote (on or off): inside the window, not on their own idea, once per person.</summary>
    public async Task<Idea> VoteAsync(Campaign campaign, string? ideaId, StaffMember voter, bool on, CultureInfo culture, CancellationToken cancellationToken)
    {
        CampaignWindow.EnsureOpen(campaign, time.GetUtcNow(), organization.TimeZone, culture);
        var idea = await store.GetIdeaAsync(campaign.Id, ideaId, culture, cancellationToken);
        if (idea.AuthorId == voter.Id)
        {
            throw Error("OwnIdea", culture);
        }

        if (!idea.IsVotable)
        {
            throw Error("NotVotable", culture, Cards.Labels.Status(idea.Status, culture));
        }

        await votes.SetAsync(campaign.Id, idea.Id, voter.Id, on, time.GetUtcNow(), cancellationToken);
        return idea;
    }

    /// <summary>Posts a comment inside the window; the card's draft id makes a double click post once.</summary>
    public async Task<Idea> CommentAsync(Campaign campaign, string? ideaId, string draftId, StaffMember author, string? text, CultureInfo culture, CancellationToken cancellationToken)
    {
        CampaignWindow.EnsureOpen(campaign, time.GetUtcNow(), organization.TimeZone, culture);
        var idea = await store.GetIdeaAsync(campaign.Id, ideaId, culture, cancellationToken);
        if (!idea.IsVisible)
        {
            throw Error("IdeaNotFound", culture);
        }

        var body = Multiline(text);
        if (body.Length == 0)
        {
            throw Error("MissingComment", culture);
        }

        if (body.Length > Limits.MaxCommentLength)
        {
            throw Error("CommentTooLong", culture, Limits.MaxCommentLength, body.Length);
        }

        await comments.AddAsync(campaign.Id, new Comment(
            StableIds.Of('c', idea.Id, author.Id, draftId), idea.Id, author.Id, author.DisplayName, author.Department, body, time.GetUtcNow()), cancellationToken);
        return idea;
    }

    /// <summary>The visible ideas of the campaign most like the draft.</summary>
    public async Task<IReadOnlyList<SimilarIdea>> SimilarAsync(Campaign campaign, string? title, string? text, string? exceptId, CancellationToken cancellationToken) =>
        Limits.MaxSimilarIdeas == 0 ? []
        : Similarity.Find(title, text, await store.ListIdeasAsync(campaign.Id, cancellationToken), Limits.SimilarityThreshold, Limits.MaxSimilarIdeas, exceptId);

    /// <summary>Checks the typed fields and returns them as an idea template (ids and author are filled by the caller).</summary>
    private Idea Validate(Campaign campaign, IdeaDraft draft, CultureInfo culture)
    {
        // A title is one line; line breaks typed into it (or sent by a crafted request) become spaces.
        var title = string.Join(' ', (draft.Title ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Require(title, "MissingTitle", "TitleTooLong", Limits.MaxTitleLength, culture);
        var body = Multiline(draft.Body);
        string? category = null;
        if (campaign.Categories.Count > 0)
        {
            category = draft.Category ?? throw Error("MissingCategory", culture);
            if (!campaign.Categories.Contains(category, StringComparer.Ordinal))
            {
                throw Error("UnknownCategory", culture);
            }
        }

        string? practice = null, why = null;
        double? hours = null;
        if (campaign.Kind == CampaignKind.UnnecessaryWork)
        {
            practice = Multiline(draft.CurrentPractice);
            Require(practice, "MissingCurrentPractice", "CurrentPracticeTooLong", Limits.MaxBodyLength, culture);
            why = Multiline(draft.WhyUnnecessary);
            Require(why, "MissingWhyUnnecessary", "WhyUnnecessaryTooLong", Limits.MaxBodyLength, culture);
            hours = double.TryParse(draft.HoursSaved, NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && h >= 0 && h <= Limits.MaxHoursSavedPerMonth && double.IsFinite(h)
                ? Math.Round(h, 1)
                : throw Error("InvalidHours", culture, Limits.MaxHoursSavedPerMonth);
            if (body.Length > Limits.MaxBodyLength)
            {
                throw Error("BodyTooLong", culture, Limits.MaxBodyLength, body.Length);
            }
        }
        else
        {
            Require(body, "MissingBody", "BodyTooLong", Limits.MaxBodyLength, culture);
        }

        return new Idea
        {
            Id = "-",
            CampaignId = campaign.Id,
            AuthorId = "-",
            AuthorName = "-",
            Title = title,
            Body = body,
            Category = category,
            CurrentPractice = practice,
            WhyUnnecessary = why,
            HoursSavedPerMonth = hours,
            SubmittedAt = default,
        };
    }

    private static void Require(string value, string missing, string tooLong, int max, CultureInfo culture)
    {
        if (value.Length == 0)
        {
            throw Error(missing, culture);
        }

        if (value.Length > max)
        {
            throw Error(tooLong, culture, max, value.Length);
        }
    }

    // Keeps the person's line breaks, drops trailing blanks and Windows line endings.
    private static string Multiline(string? text) => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
