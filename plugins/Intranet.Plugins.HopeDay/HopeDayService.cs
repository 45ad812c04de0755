using Intranet.Extensions.Actions;
using Intranet.Extensions.Localization;
using Intranet.Extensions.Organization;
using Intranet.Extensions.People;
using Intranet.Plugins.HopeDay.Feedback;
using Intranet.Plugins.HopeDay.Reports;
using Intranet.Plugins.HopeDay.Rounds;
using Intranet.Plugins.HopeDay.SignUp;

namespace Intranet.Plugins.HopeDay;

/// <summary>The public service: the same operations the cards use.</summary>
internal sealed class HopeDayService(
    RoundService rounds,
    RoundReader reader,
    SignUpService signUps,
    FeedbackService feedback,
    ReportService reports,
    IDirectory directory,
    IOrganizationContext organization) : IHopeDay
{
    public async Task<HopeDayRoundDefinition> CreateRoundAsync(HopeDayRoundDefinition round, CancellationToken cancellationToken = default) =>
        (await rounds.CreateAsync(round, createdBy: null, cancellationToken).ConfigureAwait(false)).Definition;

    public async Task<(HopeDayRoundDefinition Round, RoundState State)?> GetRoundAsync(string roundId, CancellationToken cancellationToken = default) =>
        await reader.FindAsync(roundId, cancellationToken).ConfigureAwait(false) is { } round ? (round.Definition, round.State) : null;

    public Task<int> InviteAsync(string roundId, CancellationToken cancellationToken = default) => rounds.InviteAsync(roundId, cancellationToken);

    public async Task<HopeDayPlace> SignUpAsync(string roundId, string sessionId, string personId, CancellationToken cancellationToken = default) =>
        await signUps.SignUpAsync(roundId, sessionId, await PersonAsync(personId, cancellationToken).ConfigureAwait(false), allowSwitch: false, cancellationToken)
            .ConfigureAwait(false);

    public async Task<HopeDayPlace> SwitchAsync(string roundId, string sessionId, string personId, CancellationToken cancellationToken = default) =>
        await signUps.SignUpAsync(roundId, sessionId, await PersonAsync(personId, cancellationToken).ConfigureAwait(false), allowSwitch: true, cancellationToken)
            .ConfigureAwait(false);

    public async Task<HopeDayPlace> CancelAsync(string roundId, string personId, CancellationToken cancellationToken = default) =>
        await signUps.CancelAsync(roundId, await PersonAsync(personId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<HopeDayPlace> GetPlaceAsync(string roundId, string personId, CancellationToken cancellationToken = default)
    {
        var round = await reader.GetAsync(roundId, cancellationToken).ConfigureAwait(false);
        return await signUps.PlaceAsync(round, await PersonAsync(personId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>>> CloseSignUpAsync(string roundId, CancellationToken cancellationToken = default)
    {
        var formed = await rounds.CloseAsync(roundId, cancellationToken).ConfigureAwait(false);
        return formed.Sessions.ToDictionary(
            s => s.SessionId, s => (IReadOnlyList<IReadOnlyList<string>>)[.. s.Tables.Select(t => (IReadOnlyList<string>)[.. t])], StringComparer.Ordinal);
    }

    public Task RecordAttendanceAsync(string roundId, string sessionId, IEnumerable<string> attendedPersonIds, CancellationToken cancellationToken = default) =>
        reports.RecordAttendanceAsync(roundId, sessionId, attendedPersonIds, recordedBy: null, cancellationToken);

    public async Task<bool> SubmitFeedbackAsync(string roundId, string personId, int rating, string? comment, CancellationToken cancellationToken = default) =>
        await feedback.SubmitAsync(roundId, await PersonAsync(personId, cancellationToken).ConfigureAwait(false), rating, comment, cancellationToken)
            .ConfigureAwait(false);

    public Task<HopeDayReport> GetReportAsync(string roundId, CancellationToken cancellationToken = default) => reports.BuildAsync(roundId, cancellationToken);

    public async Task<byte[]> ExportCsvAsync(string roundId, string name = "summary", string? language = null, CancellationToken cancellationToken = default)
    {
        if (!ExportService.Names.Contains(name))
        {
            throw new ArgumentOutOfRangeException(nameof(name), name, $"Exports are {string.Join(", ", ExportService.Names)}.");
        }

        var report = await reports.BuildAsync(roundId, cancellationToken).ConfigureAwait(false);
        return ExportService.Render(name, report, IntranetCultures.Resolve(language, organization.DefaultCulture), organization.TimeZone);
    }

    private async Task<StaffMember> PersonAsync(string personId, CancellationToken cancellationToken) =>
        await directory.FindAsync(personId, cancellationToken).ConfigureAwait(false)
            ?? throw new ArgumentException($"'{personId}' is not in the directory.", nameof(personId));
}
