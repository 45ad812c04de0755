namespace Intranet.Plugins.Manuals.Reminders;

/// <summary>Calendar arithmetic in the organisation's time zone for reminders and the due-date summary.</summary>
internal static class ReminderSchedule
{
    /// <summary>The date of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant of <paramref name="date"/> at <paramref name="time"/> in <paramref name="zone"/>.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>
    /// The next reminder after <paramref name="after"/>: <paramref name="everyDays"/> days later at the reminder
    /// time, or null when that is past the due date.
    /// </summary>
    public static DateTimeOffset? Next(DateTimeOffset after, int everyDays, DateOnly due, TimeOnly time, TimeZoneInfo zone)
    {
        var day = LocalDate(after, zone).AddDays(Math.Max(1, everyDays));
        return day <= due ? At(day, time, zone) : null;
    }
}
