using System.Text.Json.Serialization;

namespace Intranet.Plugins.Manuals.Model;

/// <summary>Whether readers must confirm a manual, by when, how often they are reminded, and when a new version asks again.</summary>
public sealed record AcknowledgementPolicy
{
    /// <summary>Readers must confirm they read the manual.</summary>
    public bool Required { get; init; } = true;

    /// <summary>Days after publishing by which readers must confirm (used when <see cref="DueDate"/> is not set).</summary>
    public int? DueDays { get; init; } = 14;

    /// <summary>A fixed due date in the organisation's time zone; wins over <see cref="DueDays"/>.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>Days between reminders to people who have not confirmed; 0 sends none. At most one a day.</summary>
    public int ReminderEveryDays { get; init; } = 1;

    /// <summary>Which new versions ask readers to confirm again.</summary>
    public ReacknowledgeRule Reacknowledge { get; init; } = ReacknowledgeRule.MajorVersions;
}

/// <summary>Which new versions of a manual ask readers to confirm again.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReacknowledgeRule>))]
public enum ReacknowledgeRule
{
    /// <summary>Only major versions; a confirmation of the last major version covers minor ones.</summary>
    MajorVersions,

    /// <summary>Every version.</summary>
    EveryVersion,

    /// <summary>Never: a confirmation of any version covers every later one.</summary>
    Never,
}
