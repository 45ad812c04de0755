using System.Globalization;
using System.Text;
using Intranet.Plugins.HopeDay.Cards;

namespace Intranet.Plugins.HopeDay.Reports;

/// <summary>
/// The organiser report as CSV: UTF-8 with a byte order mark (so Excel reads Korean correctly), CRLF lines,
/// RFC 4180 quoting, and cells that a spreadsheet would run as a formula prefixed with an apostrophe.
/// </summary>
internal static class CsvExport
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Fill per session and group, with attendance and feedback.</summary>
    public static byte[] Summary(HopeDayReport report, CultureInfo culture, TimeZoneInfo zone)
    {
        var rows = new List<IReadOnlyList<string>>
        {
            Header(culture, "session", "time", "place", "group", "seats", "confirmed", "waitlisted", "attended", "feedback", "average"),
        };
        foreach (var session in report.Sessions)
        {
            foreach (var (group, fill) in (ReadOnlySpan<(SeniorityGroup, GroupFill)>)[(SeniorityGroup.Junior, session.Junior), (SeniorityGroup.Senior, session.Senior)])
            {
                var attended = session.Attended is null ? "" :
                    session.Participants.Count(p => p.Group == group && p.Attended == true).ToString(CultureInfo.InvariantCulture);
                rows.Add(
                [
                    session.Session.Id, HopeDayCardKit.SessionTime(session.Session, culture, zone), session.Session.Place.Get(culture),
                    HopeDayCardKit.GroupName(group, culture), Number(fill.Seats), Number(fill.Confirmed), Number(fill.Waitlisted), attended,
                    Number(session.Feedback.Count), session.Feedback.Average?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
                ]);
            }
        }

        return Write(rows);
    }

    /// <summary>Everyone confirmed or waitlisted, per session.</summary>
    public static byte[] Participants(HopeDayReport report, CultureInfo culture, TimeZoneInfo zone)
    {
        var rows = new List<IReadOnlyList<string>>
        {
            Header(culture, "session", "time", "name", "department", "group", "status", "position", "table", "attended"),
        };
        foreach (var session in report.Sessions)
        {
            foreach (var p in session.Participants)
            {
                rows.Add(
                [
                    session.Session.Id, HopeDayCardKit.SessionTime(session.Session, culture, zone), p.Name, p.Department ?? "",
                    HopeDayCardKit.GroupName(p.Group, culture), HopeDayCardKit.T("csv.state." + p.State, culture),
                    p.WaitlistPosition?.ToString(CultureInfo.InvariantCulture) ?? "", p.Table?.ToString(CultureInfo.InvariantCulture) ?? "",
                    p.Attended is null ? "" : HopeDayCardKit.T(p.Attended.Value ? "csv.yes" : "csv.no", culture),
                ]);
            }
        }

        return Write(rows);
    }

    /// <summary>The anonymous feedback: session, rating and comment only.</summary>
    public static byte[] Feedback(HopeDayReport report, CultureInfo culture)
    {
        var rows = new List<IReadOnlyList<string>> { Header(culture, "session", "rating", "comment") };
        rows.AddRange(report.Sessions.SelectMany(s => s.Feedback.Comments)
            .Select(c => (IReadOnlyList<string>)[c.SessionId, Number(c.Rating), c.Comment]));
        return Write(rows);
    }

    internal static string Escape(string cell)
    {
        // A leading =, +, - or @ would make a spreadsheet evaluate the cell (CSV injection).
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        return cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static string[] Header(CultureInfo culture, params string[] columns) =>
        [.. columns.Select(c => HopeDayCardKit.T("csv." + c, culture))];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static byte[] Write(IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(Escape))).Append("\r\n");
        }

        return [.. Utf8WithBom.GetPreamble(), .. Utf8WithBom.GetBytes(text.ToString())];
    }
}
