using Intranet.Extensions.Actions;
using Intranet.Plugins.IdeaBoard.Review;
using Intranet.Plugins.IdeaBoard.Storage;

namespace Intranet.Plugins.IdeaBoard.Export;

/// <summary><c>ideaboard.export</c>: writes the campaign's CSV files (reviewers only: they name authors) and links them.</summary>
internal sealed class ExportHandler(IdeaBoardStore store, ReviewService review, CampaignExport export) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var campaign = await store.GetCampaignAsync(context.GetString("campaignId"), context.Culture, cancellationToken);
        await review.EnsureReviewerAsync(campaign, context.Actor, null, context.Culture, cancellationToken);
        var files = await export.SaveAsync(campaign, context.Culture, cancellationToken);
        return CardActionResult.Update(ExportCards.Export(campaign, files, context.Culture));
    }
}
