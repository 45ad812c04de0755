using Intranet.Extensions.Actions;
using Intranet.Plugins.IdeaBoard.Storage;

namespace Intranet.Plugins.IdeaBoard.Incentives;

/// <summary><c>ideaboard.leaderboard</c>: people and departments by incentive points, for a campaign or all (<c>scope</c> = <c>all</c>).</summary>
internal sealed class LeaderboardHandler(IdeaBoardStore store, LeaderboardService leaderboard) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var all = context.GetString("scope") == "all";
        var campaign = await store.FindCampaignAsync(context.GetString("campaignId"), cancellationToken);
        if (campaign is null && !all)
        {
            campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        }

        return CardActionResult.Update(LeaderboardCards.Leaderboard(await leaderboard.BoardAsync(campaign?.Id, all, cancellationToken), context.Culture));
    }
}
