using System.ComponentModel.DataAnnotations;

namespace Intranet.Extensions.AspNetCore.TeamsApp;

/// <summary>What goes into the Teams app package IT uploads (<c>Intranet:TeamsApp</c>).</summary>
public sealed class TeamsAppOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Intranet:TeamsApp";

    /// <summary>The app's own id in the Teams catalog (a GUID; keep it stable across versions).</summary>
    [Required]
    [RegularExpression("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$", ErrorMessage = "Intranet:TeamsApp:AppId must be a GUID.")]
    public string AppId { get; set; } = "";

    /// <summary>The package version (semantic version); raise it for every upload.</summary>
    [Required]
    [RegularExpression("^\\d+\\.\\d+\\.\\d+$", ErrorMessage = "Intranet:TeamsApp:Version must look like 1.0.0.")]
    public string Version { get; set; } = "1.0.0";

    /// <summary>The bot's Microsoft App ID (the Azure Bot resource's app registration).</summary>
    [Required]
    public string BotId { get; set; } = "";

    /// <summary>The Entra app registration of the host's API (single sign-on, <c>webApplicationInfo.id</c>).</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>The host's public domain, e.g. <c>intranet.contoso.go.kr</c> (valid domain and SSO resource).</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9.-]+$", ErrorMessage = "Intranet:TeamsApp:Domain is a host name without scheme or path.")]
    public string Domain { get; set; } = "";

    /// <summary>The publisher's name shown in Teams.</summary>
    [Required]
    public string DeveloperName { get; set; } = "";

    /// <summary>The publisher's website.</summary>
    [Required]
    [Url]
    public string WebsiteUrl { get; set; } = "";

    /// <summary>The privacy statement.</summary>
    [Required]
    [Url]
    public string PrivacyUrl { get; set; } = "";

    /// <summary>The terms of use.</summary>
    [Required]
    [Url]
    public string TermsOfUseUrl { get; set; } = "";

    /// <summary>The icon's background and the app's accent colour (<c>#RRGGBB</c>).</summary>
    [Required]
    [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Intranet:TeamsApp:AccentColor must be #RRGGBB.")]
    public string AccentColor { get; set; } = "#2F5AA8";

    /// <summary>The activity-feed activity type (must equal <c>Intranet:Graph:ActivityType</c>).</summary>
    [Required]
    public string ActivityType { get; set; } = "cardReceived";
}
