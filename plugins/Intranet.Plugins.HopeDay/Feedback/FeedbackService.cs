using Intranet.Extensions.Actions;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay.Feedback;

/// <summary>Takes one anonymous answer per participant, after their session.</summary>
internal sealed class FeedbackService(IStateStore store, RoundReader rounds, ParticipantViews views, IOrganizationContext organization, TimeProvider time)
{
    /// <summary>Records the answer; false when the person had already answered (nothing is stored twice).</summary>
    public async Task<bool> SubmitAsync(string? roundId, StaffMember person, int? rating, string? comment, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        var view = await views.BuildAsync(round, person, cancellationToken).ConfigureAwait(false);
        if (view.Place.State != ParticipationState.Confirmed || view.Session is not { } session)
        {
            throw new CardActionException(HopeDayErrors.NotParticipant);
        }

        if (!view.SessionEnded)
        {
            throw new CardActionException(HopeDayErrors.FeedbackNotOpen);
        }

        if (rating is not (>= 1 and <= 5))
        {
            throw new CardActionException(HopeDayErrors.InvalidRating);
        }

        var text = comment?.Trim() ?? "";
        if (text.Length > FeedbackLimits.MaxCommentLength)
        {
            throw new CardActionException(HopeDayErrors.CommentTooLong);
        }

        // The flag is claimed first, so a double click stores one answer; the answer itself carries no id.
        var claimed = false;
        await store.UpdateAsync<Registration>(HopeDayKeys.Registration(round.Id, person.Id), r =>
        {
            claimed = r is { FeedbackGiven: false };
            return claimed ? r! with { FeedbackGiven = true } : null;
        }, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!claimed)
        {
            return false;
        }

        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), organization.TimeZone).DateTime);
        await store.PutAsync(
            HopeDayKeys.Feedback(round.Id, Guid.NewGuid().ToString("N")), new FeedbackDocument(session.Id, rating.Value, text, day),
            WriteCondition.NotExists, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<FeedbackDocument>> ListAsync(string roundId, CancellationToken cancellationToken)
    {
        var answers = new List<FeedbackDocument>();
        await foreach (var entry in store.ListAsync<FeedbackDocument>(HopeDayKeys.FeedbackOf(roundId), cancellationToken).ConfigureAwait(false))
        {
            answers.Add(entry.Value);
        }

        return answers;
    }

    /// <summary>Totals of some answers.</summary>
    public static FeedbackSummary Summarize(IEnumerable<FeedbackDocument> answers)
    {
        var list = answers.OrderByDescending(a => a.SubmittedOn).ThenBy(a => a.Comment, StringComparer.Ordinal).ToList();
        var distribution = Enumerable.Range(1, 5).Select(r => list.Count(a => a.Rating == r)).ToList();
        return new FeedbackSummary(
            list.Count,
            list.Count == 0 ? null : Math.Round(list.Average(a => a.Rating), 2),
            distribution,
            [.. list.Where(a => a.Comment.Length > 0).Select(a => new FeedbackComment(a.SessionId, a.Rating, a.Comment))]);
    }
}
