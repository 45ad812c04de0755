using Intranet.Extensions.Actions;
using Intranet.Plugins.HopeDay.Reports;
using Intranet.Plugins.HopeDay.Rounds;

namespace Intranet.Plugins.HopeDay.Actions;

/// <summary><c>hopeday.attendance</c>: saves the check list (toggles named <c>att.{personId}</c>) and shows the report.</summary>
internal sealed class AttendanceHandler(OrganiserResponder organiser, ReportService reports) : ICardActionHandler
{
    private const string Prefix = "att.";

    public async Task<CardActionResult> HandleAsync(CardActionContext context, CancellationToken cancellationToken = default)
    {
        var round = await organiser.RoundAsync(context, cancellationToken).ConfigureAwait(false);
        var session = RoundReader.Session(round, context.GetString("sessionId"));
        var attended = context.Data
            .Where(p => p.Key.StartsWith(Prefix, StringComparison.Ordinal) && context.GetString(p.Key) == "true")
            .Select(p => p.Key[Prefix.Length..])
            .ToList();
        await reports.RecordAttendanceAsync(round.Id, session.Id, attended, context.Actor.Id, cancellationToken).ConfigureAwait(false);
        return await organiser.ReportAsync(round, context, cancellationToken).ConfigureAwait(false);
    }
}
