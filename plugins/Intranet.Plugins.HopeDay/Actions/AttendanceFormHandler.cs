using Intranet.Extensions.Actions;
using Intranet.Extensions.Organization;
using Intranet.Plugins.HopeDay.Cards;
using Intranet.Plugins.HopeDay.Reports;
using Intranet.Plugins.HopeDay.Rounds;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary><c>hopeday.attendance-form</c>: the check list of a session's confirmed people.</summary>
internal sealed class AttendanceFormHandler(OrganiserResponder organiser, ReportService reports, IOrganizationContext organization) : ICardActionHandler
{
    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var round = await organiser.RoundAsync(context, cancellationToken).ConfigureAwait(false);
        var session = RoundReader.Session(round, context.GetString("sessionId"));
        var report = await reports.BuildAsync(round.Id, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Update(OrganiserCards.Attendance(report, report.Sessions.First(s => s.Session.Id == session.Id), context.Culture, organization.TimeZone));
    }
}
