using System.Globalization;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Extensions.Storage;
using Intranet.Plugins.IdeaBoard.Campaigns;
using Intranet.Plugins.IdeaBoard.Cards;
using Intranet.Plugins.IdeaBoard.Comments;
using Intranet.Plugins.IdeaBoard.Ideas;
using Intranet.Plugins.IdeaBoard.Review;
using Intranet.Plugins.IdeaBoard.Storage;
using Intranet.Plugins.IdeaBoard.Votes;
using static Intranet.Plugins.IdeaBoard.Cards.IdeaBoardTexts;

namespace Intranet.Plugins.IdeaBoard.Export;

/// <summary>
/// The campaign's CSV files: ideas (with decisions, scores and implementation), votes, and review decisions
/// and scores. They name authors, so only hosts and reviewers get them. Times are in the organisation's zone.
/// </summary>
internal sealed class CampaignExport(
    IdeaBoardStore store, VoteStore votes, CommentStore comments, IDirectory directory, IDocumentStore documents, IDocumentLinks links,
    IOrganizationContext organization, TimeProvider time)
{
    public async Task<byte[]> CsvAsync(Campaign campaign, IdeaBoardExport export, CultureInfo culture, CancellationToken cancellationToken) => export switch
    {
        IdeaBoardExport.Ideas => await IdeasAsync(campaign, culture, cancellationToken),
        IdeaBoardExport.Votes => await VotesAsync(campaign, culture, cancellationToken),
        IdeaBoardExport.Decisions => await DecisionsAsync(campaign, culture, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(export)),
    };

    /// <summary>Writes all three files to the document store and returns links people can open.</summary>
    public async Task<IReadOnlyList<(IdeaBoardExport Export, Uri Link)>> SaveAsync(Campaign campaign, CultureInfo culture, CancellationToken cancellationToken)
    {
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "-" + culture.TwoLetterISOLanguageName;
        var files = new List<(IdeaBoardExport, Uri)>();
        foreach (var export in Enum.GetValues<IdeaBoardExport>())
        {
            var path = IdeaBoardKeys.Export(campaign.Id, stamp, $"{campaign.Id}-{export.ToString().ToLowerInvariant()}.csv");
            using var content = new MemoryStream(await CsvAsync(campaign, export, culture, cancellationToken));
            await documents.PutAsync(path, content, "text/csv; charset=utf-8", WriteCondition.None, cancellationToken);
            files.Add((export, links.GetLink(path)));
        }

        return files;
    }

    private async Task<byte[]> IdeasAsync(Campaign campaign, CultureInfo culture, CancellationToken cancellationToken)
    {
        var ideas = await store.ListIdeasAsync(campaign.Id, cancellationToken);
        var voteCounts = await votes.CountAllAsync(campaign.Id, cancellationToken);
        var commentCounts = (await comments.ListAllAsync(campaign.Id, cancellationToken)).GroupBy(c => c.IdeaId).ToDictionary(g => g.Key, g => g.Count());
        var scores = (await ScoresAsync(campaign, cancellationToken)).ToLookup(s => s.IdeaId);
        var titles = ideas.ToDictionary(i => i.Id, i => i.Title);

        var csv = new Csv().Row([.. new[]
        {
            "id", "title", "category", "authorId", "author", "department", "submittedAt", "editedAt", "status", "votes", "comments",
        }.Concat(Score.Criteria.Select(c => "criterion." + c)).Concat(["reviewers", "currentPractice", "whyUnnecessary", "hoursSaved", "body",
            "assignedReviewer", "decision", "feedback", "decidedBy", "decidedAt", "mergedInto", "implementation", "points"]).Select(h => Header(h, culture))]);
        foreach (var idea in ideas)
        {
            var ideaScores = scores[idea.Id].ToList();
            var decision = idea.LastDecision;
            csv.Row([
                idea.Id, idea.Title, idea.Category, idea.AuthorId, idea.AuthorName, idea.AuthorDepartment, Time(idea.SubmittedAt), Time(idea.EditedAt),
                Labels.Status(idea.Status, culture), voteCounts.GetValueOrDefault(idea.Id), commentCounts.GetValueOrDefault(idea.Id),
                .. Score.Criteria.Select(c => ideaScores.Count == 0 ? null : (object)Math.Round(ideaScores.Average(s => s.Values.GetValueOrDefault(c)), 2)),
                ideaScores.Count, idea.CurrentPractice, idea.WhyUnnecessary, idea.HoursSavedPerMonth, idea.Body, idea.AssignedReviewerName,
                decision is null ? null : Labels.Decision(decision.Kind, culture), decision?.Feedback, decision?.ReviewerName, Time(decision?.DecidedAt),
                idea.MergedInto is { } target ? titles.GetValueOrDefault(target, target) : null,
                idea.Implementation is { } implementation ? Labels.Implementation(implementation, culture) : null, idea.PointsAwarded,
            ]);
        }

        return csv.ToBytes();
    }

    private async Task<byte[]> VotesAsync(Campaign campaign, CultureInfo culture, CancellationToken cancellationToken)
    {
        var titles = (await store.ListIdeasAsync(campaign.Id, cancellationToken)).ToDictionary(i => i.Id, i => i.Title);
        var csv = new Csv().Row([.. new[] { "ideaId", "idea", "voterId", "voter", "department", "votedAt" }.Select(h => Header(h, culture))]);
        var people = new Dictionary<string, StaffMember?>(StringComparer.Ordinal);
        foreach (var (ideaId, voterId, at) in (await votes.ListAsync(campaign.Id, cancellationToken)).OrderBy(v => v.At).ThenBy(v => v.VoterId, StringComparer.Ordinal))
        {
            if (!people.TryGetValue(voterId, out var voter))
            {
                people[voterId] = voter = await directory.FindAsync(voterId, cancellationToken);
            }

            csv.Row(ideaId, titles.GetValueOrDefault(ideaId), voterId, voter?.DisplayName, voter?.Department, Time(at));
        }

        return csv.ToBytes();
    }

    private async Task<byte[]> DecisionsAsync(Campaign campaign, CultureInfo culture, CancellationToken cancellationToken)
    {
        var ideas = await store.ListIdeasAsync(campaign.Id, cancellationToken);
        var titles = ideas.ToDictionary(i => i.Id, i => i.Title);
        var csv = new Csv().Row([.. new[] { "ideaId", "idea", "entry", "reviewerId", "reviewer", "at", "decision", "mergedInto", "feedback" }
            .Concat(Score.Criteria.Select(c => "criterion." + c)).Select(h => Header(h, culture))]);
        foreach (var idea in ideas)
        {
            foreach (var d in idea.Decisions)
            {
                csv.Row([idea.Id, idea.Title, T("csv.entry.decision", culture), d.ReviewerId, d.ReviewerName, Time(d.DecidedAt), Labels.Decision(d.Kind, culture),
                    d.MergedInto is { } target ? titles.GetValueOrDefault(target, target) : null, d.Feedback, .. Score.Criteria.Select(_ => (object?)null)]);
            }
        }

        foreach (var score in (await ScoresAsync(campaign, cancellationToken)).OrderBy(s => s.ScoredAt))
        {
            csv.Row([score.IdeaId, titles.GetValueOrDefault(score.IdeaId), T("csv.entry.score", culture), score.ReviewerId, score.ReviewerName, Time(score.ScoredAt),
                null, null, null, .. Score.Criteria.Select(c => (object?)score.Values.GetValueOrDefault(c))]);
        }

        return csv.ToBytes();
    }

    private async Task<List<Score>> ScoresAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var scores = new List<Score>();
        await foreach (var entry in store.State.ListAsync<Score>(IdeaBoardKeys.CampaignScoresPrefix(campaign.Id), cancellationToken))
        {
            scores.Add(entry.Value);
        }

        return scores;
    }

    private static string Header(string key, CultureInfo culture) => T(key.StartsWith("criterion.", StringComparison.Ordinal) ? key : "csv." + key, culture);

    private string? Time(DateTimeOffset? instant) =>
        instant is { } value ? TimeZoneInfo.ConvertTime(value, organization.TimeZone).ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture) : null;
}
