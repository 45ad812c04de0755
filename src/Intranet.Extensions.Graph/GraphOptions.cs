using System.ComponentModel.DataAnnotations;

namespace Intranet.Extensions.Graph;

/// <summary>Options of the Microsoft Graph package (<c>Intranet:Graph</c>); defaults are the public Azure cloud.</summary>
public sealed class GraphOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Intranet:Graph";

    /// <summary>The Graph service root, e.g. <c>https://graph.microsoft.com/v1.0</c> (national clouds differ).</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>The scope of app-only tokens.</summary>
    [Required]
    public string Scope { get; set; } = "https://graph.microsoft.com/.default";

    /// <summary>The Entra instance tokens come from.</summary>
    [Required]
    [Url]
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The organisation's tenant id.</summary>
    [Required]
    public string TenantId { get; set; } = "";

    /// <summary>The app registration's client id.</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>The app registration's client secret (from a secret store; never in the repo).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The mailbox (object id or UPN) actionable mail is sent from (<c>Mail.Send</c>).</summary>
    public string? MailSender { get; set; }

    /// <summary>The actionable-message provider id (originator) from the Actionable Email Developer Dashboard.</summary>
    public string? Originator { get; set; }

    /// <summary>The Teams app's id (manifest id), for activity-feed notifications and their deep links.</summary>
    public string? TeamsAppId { get; set; }

    /// <summary>The activity type declared in the Teams app manifest for a new card.</summary>
    [Required]
    public string ActivityType { get; set; } = "cardReceived";

    /// <summary>The SharePoint document library (drive id) manual documents are uploaded to.</summary>
    public string? DocumentDriveId { get; set; }

    /// <summary>Files larger than this go through an upload session (Graph's simple upload takes up to 4 MiB).</summary>
    [Range(1, 4 * 1024 * 1024)]
    public int LargeFileThreshold { get; set; } = 4 * 1024 * 1024;

    /// <summary>Bytes per upload-session slice; a multiple of 320 KiB as Graph requires.</summary>
    [Range(327_680, 60 * 1024 * 1024)]
    public int UploadSliceBytes { get; set; } = 10 * 327_680;

    /// <summary>Mails per minute from the sender mailbox (Exchange allows 30).</summary>
    [Range(1, 30)]
    public int MailsPerMinute { get; set; } = 30;

    /// <summary>Activity-feed notifications per second (Graph allows 5 per tenant).</summary>
    [Range(1, 5)]
    public int ActivityNotificationsPerSecond { get; set; } = 5;

    /// <summary>How long people read from Graph are kept in memory.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan DirectoryCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Replaces the embedded roster directory with Entra ID through Graph.</summary>
    public bool UseGraphDirectory { get; set; } = true;
}
