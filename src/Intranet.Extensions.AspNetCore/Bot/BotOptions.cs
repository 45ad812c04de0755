using System.ComponentModel.DataAnnotations;

namespace Intranet.Extensions.AspNetCore.Bot;

/// <summary>
/// Options of the Teams/Outlook bot (<c>Intranet:Bot</c>): the inbound Bot Framework endpoint and the proactive
/// Teams channel. Defaults are the public Azure cloud; sovereign clouds and tests change the addresses.
/// </summary>
public sealed class BotOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Intranet:Bot";

    /// <summary>The delivery channel name of proactive Teams messages.</summary>
    public const string ChannelName = "teams";

    /// <summary>The bot's Microsoft App ID (Entra app registration client id); inbound tokens must name it as audience.</summary>
    [Required]
    public string AppId { get; set; } = "";

    /// <summary>The client secret of the app registration, for outbound tokens. Keep it in a secret store, never in the repo.</summary>
    public string? AppSecret { get; set; }

    /// <summary>The organisation's Entra tenant id: outbound tokens are requested there, inbound activities of other tenants are refused.</summary>
    [Required]
    public string TenantId { get; set; } = "";

    /// <summary>Where the Bot Framework publishes its OpenID metadata and signing keys.</summary>
    [Required]
    [Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of inbound tokens in the public cloud.</summary>
    public const string PublicCloudIssuer = "https://api.botframework.com";

    /// <summary>
    /// Accepted issuers of inbound tokens; empty means <see cref="PublicCloudIssuer"/>. (Empty by default, so issuers
    /// bound from configuration replace it rather than add to it.)
    /// </summary>
    public string[] ValidIssuers { get; set; } = [];

    internal IReadOnlyList<string> EffectiveIssuers => ValidIssuers.Length > 0 ? ValidIssuers : [PublicCloudIssuer];

    /// <summary>Allows an <c>http://</c> metadata URL (loopback tests only).</summary>
    public bool AllowHttpMetadata { get; set; }

    /// <summary>Clock skew tolerated on token lifetimes (5 minutes per the Bot Framework documentation).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the signing keys are re-read at the latest (the Bot Framework asks for at least daily).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The Entra instance outbound tokens come from.</summary>
    [Required]
    [Url]
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Scope of outbound Bot Connector tokens.</summary>
    [Required]
    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// Bot Connector address used to open a 1:1 chat with someone whose conversation the bot has not seen yet
    /// (the Teams global service URL; Teams' own <c>serviceUrl</c> from installs replaces it per person).
    /// </summary>
    [Required]
    [Url]
    public string DefaultServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>
    /// Outbound Bot Connector requests per second per tenant from this host; the service allows 50 per app, so with
    /// several hosts sending give each its share (two hosts: 25). A 429 is retried after its <c>Retry-After</c> anyway.
    /// </summary>
    [Range(1, 50)]
    public int RequestsPerSecondPerTenant { get; set; } = 50;

    /// <summary>Tries per outbound request for 429, 412 and 5xx answers (honouring <c>Retry-After</c>).</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Largest accepted activity body in bytes.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;
}
