using System.Globalization;
using Intranet.Extensions.Actions;
using Intranet.Extensions.Organization;
using Intranet.Plugins.HopeDay.Cards;
using Intranet.Plugins.HopeDay.Reports;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary><c>hopeday.comments</c>: the round report of feedback, with the anonymous comments a page at a time.</summary>
internal sealed class CommentsHandler(OrganiserResponder organiser, ReportService reports, IOrganizationContext organization) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var round = await organiser.RoundAsync(context, cancellationToken).ConfigureAwait(false);
        var page = int.TryParse(context.GetString("page"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 1;
        var report = await reports.BuildAsync(round.Id, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Update(OrganiserCards.Comments(report, page, context.Culture, organization.TimeZone));
    }
}
