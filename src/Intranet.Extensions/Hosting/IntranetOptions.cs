using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Hosting;

/// <summary>Options of the runtime, bound from the <see cref="SectionName"/> configuration section.</summary>
public sealed class IntranetOptions
{
    /// <summary>The configuration section: <c>Intranet</c>.</summary>
    public const string SectionName = "Intranet";

    /// <summary>
    /// Folder of the embedded defaults: the file store (<c>state/</c>, <c>documents/</c>) lives under it.
    /// Relative paths are resolved against the current directory.
    /// </summary>
    [Required]
    public string DataPath { get; set; } = ".data";

    /// <summary>Language for people whose directory entry names none (<c>ko-KR</c> or <c>en-US</c>).</summary>
    [Required]
    [RegularExpression("^(ko-KR|en-US)$", ErrorMessage = "DefaultLanguage must be ko-KR or en-US.")]
    public string DefaultLanguage { get; set; } = "ko-KR";

    /// <summary>The organisation's time zone (IANA id) for windows, sessions and reminders.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Seoul";

    /// <summary>The delivery channel used when a message names none.</summary>
    [Required]
    public string DefaultChannel { get; set; } = "devinbox";

    /// <summary>Path of the roster file (JSON or CSV) of the embedded directory; relative to <see cref="DataPath"/>.</summary>
    [Required]
    public string RosterPath { get; set; } = "roster.json";

    /// <summary>The host's public address, used in links inside cards (documents, pages).</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080/";

    /// <summary>Runs every plugin's demo seeder at start (sample hosts).</summary>
    public bool SeedDemoContent { get; set; }

    /// <summary>The outbox workers.</summary>
    [ValidateObjectMembers]
    public OutboxOptions Outbox { get; set; } = new();

    /// <summary>The scheduler worker.</summary>
    [ValidateObjectMembers]
    public SchedulerOptions Scheduler { get; set; } = new();
}

/// <summary>Outbox worker options (<c>Intranet:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>Runs the background worker in this host.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>How often the worker looks for due deliveries when nothing wakes it.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Tries per recipient before the delivery is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; doubled each try, with jitter, up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest retry delay.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a worker owns a delivery it is sending; after that another worker may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Deliveries sent in parallel by one worker.</summary>
    [Range(1, 256)]
    public int Parallelism { get; set; } = 8;
}

/// <summary>Scheduler worker options (<c>Intranet:Scheduler</c>).</summary>
public sealed class SchedulerOptions
{
    /// <summary>Runs the background worker in this host.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>How often the worker looks for due jobs.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a worker owns a job it is running; after that another may take it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tries before a failing job is given up (and kept, marked failed).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;
}
