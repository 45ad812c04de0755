namespace Intranet.Plugins.Manuals;

/// <summary>Options of the manuals plugin (configuration section <see cref="SectionName"/>).</summary>
public sealed class ManualsOptions
{
    /// <summary>The configuration section: <c>Intranet:Manuals</c>.</summary>
    public const string SectionName = "Intranet:Manuals";

    /// <summary>Largest attachment, in bytes (20 MB by default).</summary>
    public long MaxAttachmentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most attachments per manual.</summary>
    public int MaxAttachments { get; set; } = 10;

    /// <summary>Most tasks per manual.</summary>
    public int MaxTasks { get; set; } = 1000;

    /// <summary>Time of day (organisation's time zone) reminders go out.</summary>
    public TimeOnly ReminderTime { get; set; } = new(9, 0);

    /// <summary>Time of day (organisation's time zone) on the due date the owner gets the summary.</summary>
    public TimeOnly SummaryTime { get; set; } = new(18, 0);

    /// <summary>Areas or tasks per page when browsing inside a card.</summary>
    public int PageSize { get; set; } = 8;

    /// <summary>Most tasks a search card lists.</summary>
    public int MaxSearchResults { get; set; } = 8;
}
