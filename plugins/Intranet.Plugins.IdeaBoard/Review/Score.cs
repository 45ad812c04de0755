namespace Intranet.Plugins.IdeaBoard.Review;

/// <summary>One reviewer's scores (1–5 per criterion) for an idea, at <c>ideaboard/data/{campaign}/scores/{idea}/{reviewer}</c>.</summary>
internal sealed record Score(string IdeaId, string ReviewerId, string ReviewerName, IReadOnlyDictionary<string, int> Values, DateTimeOffset ScoredAt)
{
    /// <summary>The criteria, in card order. "cost": 5 means cheapest, so a higher score is always better.</summary>
    public static IReadOnlyList<string> Criteria { get; } = ["impact", "feasibility", "cost"];

    public double Total => Criteria.Sum(c => Values.TryGetValue(c, out var v) ? v : 0);
}
