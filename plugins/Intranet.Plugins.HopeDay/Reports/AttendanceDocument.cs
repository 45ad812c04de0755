namespace Intranet.Plugins.HopeDay.Reports;

/// <summary>Who attended a session, as an organiser recorded it, at <c>hopeday/attendance/{round}/{session}</c>.</summary>
internal sealed record AttendanceDocument(List<string> Attended, string? RecordedBy, DateTimeOffset RecordedAt);
