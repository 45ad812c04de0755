namespace Intranet.Plugins.HopeDay;

/// <summary>Options of the Hope Day plugin (configuration section <see cref="SectionName"/>).</summary>
public sealed class HopeDayOptions
{
    /// <summary>The configuration section: <c>Intranet:HopeDay</c>.</summary>
    public const string SectionName = "Intranet:HopeDay";

    /// <summary>Local time (organisation time zone) of the reminder on the day before a session.</summary>
    public TimeSpan EveReminderTime { get; set; } = new(10, 0, 0);

    /// <summary>
    /// Local time of the reminder on the morning of a session; for a session starting before this time plus
    /// half an hour, the reminder goes an hour before the start instead.
    /// </summary>
    public TimeSpan MorningReminderTime { get; set; } = new(8, 30, 0);

    /// <summary>How long after a session ends its participants are asked for feedback.</summary>
    public TimeSpan FeedbackDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Most sessions a round may have (the invitation lists them all on one card).</summary>
    public int MaxSessionsPerRound { get; set; } = 12;

    /// <summary>Most seats a session may have: participant lists and user-specific refreshes stay within card limits.</summary>
    public int MaxSeatsPerSession { get; set; } = 60;
}
