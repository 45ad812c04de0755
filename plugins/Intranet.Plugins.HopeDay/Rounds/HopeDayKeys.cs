using Intranet.Extensions.Storage;

namespace Intranet.Plugins.HopeDay.Rounds;

/// <summary>
/// Where the plugin keeps its documents. Hot documents are split so that concurrent sign-ups touch one
/// session's seats and each person's own registration, never one document for the whole round.
/// </summary>
internal static class HopeDayKeys
{
    public static string Round(string roundId) => StateKeys.Combine("hopeday", "round", roundId);

    public const string RoundsPrefix = "hopeday/round/";

    public static string Seats(string roundId, string sessionId) => StateKeys.Combine("hopeday", "seats", roundId, sessionId);

    public static string Registration(string roundId, string personId) => StateKeys.Combine("hopeday", "reg", roundId, personId);

    public static string RegistrationsOf(string roundId) => StateKeys.Combine("hopeday", "reg", roundId) + "/";

    public static string Tables(string roundId) => StateKeys.Combine("hopeday", "tables", roundId);

    public const string TablesPrefix = "hopeday/tables/";

    public static string Attendance(string roundId, string sessionId) => StateKeys.Combine("hopeday", "attendance", roundId, sessionId);

    public static string Feedback(string roundId, string feedbackId) => StateKeys.Combine("hopeday", "feedback", roundId, feedbackId);

    public static string FeedbackOf(string roundId) => StateKeys.Combine("hopeday", "feedback", roundId) + "/";

    /// <summary>Document-store paths of the CSV exports.</summary>
    public static string Export(string roundId, string name) => StateKeys.Combine("hopeday", "exports", roundId, name);

    /// <summary>Document-store path of a calendar file.</summary>
    public static string CalendarFile(string inviteId) => StateKeys.Combine("hopeday", "calendar", inviteId + ".ics");
}
