using Intranet.Extensions.Storage;

namespace Intranet.Plugins.IdeaBoard.Storage;

/// <summary>
/// Where the board keeps its documents. Listing is recursive, so campaigns live apart from their data and
/// every per-idea folder ends with '/' (idea <c>i1</c> never lists the votes of <c>i10</c>).
/// </summary>
internal static class IdeaBoardKeys
{
    public const string CampaignsPrefix = "ideaboard/campaigns/";

    public static string Campaign(string campaignId) => StateKeys.Combine("ideaboard", "campaigns", campaignId);

    public static string Idea(string campaignId, string ideaId) => StateKeys.Combine("ideaboard", "data", campaignId, "ideas", ideaId);

    public static string IdeasPrefix(string campaignId) => StateKeys.Combine("ideaboard", "data", campaignId, "ideas") + "/";

    public static string VoteShard(string campaignId, string ideaId, int shard) =>
        StateKeys.Combine("ideaboard", "data", campaignId, "votes", ideaId, shard.ToString("00", System.Globalization.CultureInfo.InvariantCulture));

    public static string VotesPrefix(string campaignId, string ideaId) => StateKeys.Combine("ideaboard", "data", campaignId, "votes", ideaId) + "/";

    public static string CampaignVotesPrefix(string campaignId) => StateKeys.Combine("ideaboard", "data", campaignId, "votes") + "/";

    public static string Comment(string campaignId, string ideaId, string commentId) =>
        StateKeys.Combine("ideaboard", "data", campaignId, "comments", ideaId, commentId);

    public static string CommentsPrefix(string campaignId, string ideaId) => StateKeys.Combine("ideaboard", "data", campaignId, "comments", ideaId) + "/";

    public static string CampaignCommentsPrefix(string campaignId) => StateKeys.Combine("ideaboard", "data", campaignId, "comments") + "/";

    public static string Score(string campaignId, string ideaId, string reviewerId) =>
        StateKeys.Combine("ideaboard", "data", campaignId, "scores", ideaId, reviewerId);

    public static string ScoresPrefix(string campaignId, string ideaId) => StateKeys.Combine("ideaboard", "data", campaignId, "scores", ideaId) + "/";

    public static string CampaignScoresPrefix(string campaignId) => StateKeys.Combine("ideaboard", "data", campaignId, "scores") + "/";

    /// <summary>A CSV export in the document store.</summary>
    public static string Export(string campaignId, string stamp, string name) => StateKeys.Combine("ideaboard", "exports", campaignId, stamp, name);
}
