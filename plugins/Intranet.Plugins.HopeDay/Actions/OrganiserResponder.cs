using Intranet.Extensions.Actions;
using Intranet.Extensions.Organization;
using Intranet.Plugins.HopeDay.Cards;
using Intranet.Plugins.HopeDay.Reports;
using Intranet.Plugins.HopeDay.Rounds;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary>Checks that the actor organises the round and answers with the organiser's cards.</summary>
internal sealed class OrganiserResponder(RoundReader rounds, ReportService reports, IOrganizationContext organization, TimeProvider time)
{
    public async Task<RoundDocument> RoundAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        var round = await rounds.GetAsync(context.GetString("roundId"), cancellationToken).ConfigureAwait(false);
        ReportService.EnsureOrganizer(round, context.Actor);
        return round;
    }

    public async Task<CardActionResult> ReportAsync(
        RoundDocument round, CardActionContext context, CancellationToken cancellationToken, IReadOnlyList<ExportLink>? exports = null)
    {
        var report = await reports.BuildAsync(round.Id, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Update(OrganiserCards.Report(
            report, round.Definition.OrganizerIds, time.GetUtcNow(), context.Culture, organization.TimeZone, exports));
    }
}
