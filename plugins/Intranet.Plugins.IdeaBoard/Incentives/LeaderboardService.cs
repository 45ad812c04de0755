using Intranet.Plugins.IdeaBoard.Ideas;
using Intranet.Plugins.IdeaBoard.Storage;

namespace Intranet.Plugins.IdeaBoard.Incentives;

/// <summary>
/// Incentive points and leaderboards, derived from the adopted ideas themselves (no separate ledger that a crash
/// could leave out of step). Ideas of anonymous campaigns never appear on a board: a rank would name the author.
/// </summary>
internal sealed class LeaderboardService(IdeaBoardStore store)
{
    /// <summary>How many people and departments a board lists.</summary>
    public const int Shown = 10;

    /// <summary>One campaign's board, or (<paramref name="allCampaigns"/>) the board across every campaign.</summary>
    public async Task<LeaderboardView> BoardAsync(string? campaignId, bool allCampaigns, CancellationToken cancellationToken)
    {
        var adopted = new List<Idea>();
        string? title = null;
        foreach (var campaign in await store.ListCampaignsAsync(cancellationToken))
        {
            if (!allCampaigns && campaign.Id != campaignId)
            {
                continue;
            }

            title = allCampaigns ? null : campaign.Title;
            if (!campaign.Anonymous)
            {
                adopted.AddRange((await store.ListIdeasAsync(campaign.Id, cancellationToken)).Where(i => i.Status == IdeaStatus.Adopted));
            }
        }

        var people = adopted
            .GroupBy(i => i.AuthorId, StringComparer.Ordinal)
            .Select(g => new Standing(g.Last().AuthorName, g.Last().AuthorDepartment, g.Sum(i => i.PointsAwarded), g.Count()))
            .OrderByDescending(s => s.Points).ThenByDescending(s => s.Adopted).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(Shown)
            .ToList();
        var departments = adopted
            .Where(i => !string.IsNullOrEmpty(i.AuthorDepartment))
            .GroupBy(i => i.AuthorDepartment!, StringComparer.Ordinal)
            .Select(g => new Standing(g.Key, null, g.Sum(i => i.PointsAwarded), g.Count()))
            .OrderByDescending(s => s.Points).ThenByDescending(s => s.Adopted).ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(Shown)
            .ToList();
        return new LeaderboardView(campaignId, title, people, departments);
    }

    /// <summary>A person's points across every campaign, anonymous ones included (only they see this).</summary>
    public async Task<int> PointsOfAsync(string personId, CancellationToken cancellationToken)
    {
        var points = 0;
        foreach (var campaign in await store.ListCampaignsAsync(cancellationToken))
        {
            points += (await store.ListIdeasAsync(campaign.Id, cancellationToken))
                .Where(i => i.AuthorId == personId && i.Status == IdeaStatus.Adopted)
                .Sum(i => i.PointsAwarded);
        }

        return points;
    }
}

/// <summary>A place on a leaderboard: a person (with department) or a department.</summary>
internal sealed record Standing(string Name, string? Department, int Points, int Adopted);

/// <summary>The leaderboard of people and departments.</summary>
internal sealed record LeaderboardView(string? CampaignId, string? CampaignTitle, IReadOnlyList<Standing> People, IReadOnlyList<Standing> Departments);
