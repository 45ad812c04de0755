namespace Intranet.Plugins.HopeDay;

/// <summary>
/// Hope Day for hosts and organiser tools: set up rounds, act for people, close sign-up, record attendance,
/// read reports and export them. Staff do the same through their cards. Refusals (a closed sign-up, a second
/// session in one round) throw <see cref="Intranet.Extensions.Actions.CardActionException"/> with a code from
/// <see cref="HopeDayErrors"/>; a malformed round definition throws <see cref="ArgumentException"/>.
/// </summary>
public interface IHopeDay
{
    /// <summary>
    /// Creates a round and schedules its jobs: invitations when sign-up opens, tables when it closes, reminders
    /// the day before and on the morning of each session, feedback after it. Organisers get the organiser card.
    /// Creating the same id again returns the stored round unchanged.
    /// </summary>
    Task<HopeDayRoundDefinition> CreateRoundAsync(HopeDayRoundDefinition round, CancellationToken cancellationToken = default);

    /// <summary>The round's definition and phase, or <see langword="null"/>.</summary>
    Task<(HopeDayRoundDefinition Round, RoundState State)?> GetRoundAsync(string roundId, CancellationToken cancellationToken = default);

    /// <summary>Sends (again) each invited person their invitation; nobody gets a second copy. Returns how many are invited.</summary>
    Task<int> InviteAsync(string roundId, CancellationToken cancellationToken = default);

    /// <summary>Signs a person up: a seat of their group when one is free, else the end of the group's waitlist.</summary>
    Task<HopeDayPlace> SignUpAsync(string roundId, string sessionId, string personId, CancellationToken cancellationToken = default);

    /// <summary>Moves a person to another session of the round (seated or waitlisted there like a new sign-up).</summary>
    Task<HopeDayPlace> SwitchAsync(string roundId, string sessionId, string personId, CancellationToken cancellationToken = default);

    /// <summary>Cancels a person's session; their seat goes to the first waitlisted person of the same group, who is told.</summary>
    Task<HopeDayPlace> CancelAsync(string roundId, string personId, CancellationToken cancellationToken = default);

    /// <summary>Where a person stands in a round.</summary>
    Task<HopeDayPlace> GetPlaceAsync(string roundId, string personId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Closes sign-up now (the scheduled close does the same at its time), forms the tables and sends each
    /// participant their table. Returns each session's tables as lists of person ids.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>>> CloseSignUpAsync(string roundId, CancellationToken cancellationToken = default);

    /// <summary>Records who attended a session, replacing an earlier record.</summary>
    Task RecordAttendanceAsync(string roundId, string sessionId, IEnumerable<string> attendedPersonIds, CancellationToken cancellationToken = default);

    /// <summary>Records a participant's anonymous feedback after their session; false when they had already given it.</summary>
    Task<bool> SubmitFeedbackAsync(string roundId, string personId, int rating, string? comment, CancellationToken cancellationToken = default);

    /// <summary>The organiser report: fill per session and group, waitlists, attendance and feedback.</summary>
    Task<HopeDayReport> GetReportAsync(string roundId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The report as CSV (UTF-8 with BOM): <c>summary</c> (fill per session and group), <c>participants</c>
    /// or <c>feedback</c> (anonymous), with headers in <paramref name="language"/> (ko-KR or en-US).
    /// </summary>
    Task<byte[]> ExportCsvAsync(string roundId, string name = "summary", string? language = null, CancellationToken cancellationToken = default);
}
