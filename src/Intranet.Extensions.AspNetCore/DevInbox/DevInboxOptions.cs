using System.ComponentModel.DataAnnotations;

namespace Intranet.Extensions.AspNetCore.DevInbox;

/// <summary>Options of the dev inbox page and API (<c>Intranet:DevInbox</c>).</summary>
public sealed class DevInboxOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Intranet:DevInbox";

    /// <summary>
    /// Serves the dev inbox. When not set it is on in the Development environment only. It answers
    /// loopback callers only, whatever this says, because the caller picks whom to act as.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Largest accepted action request body, in bytes.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;
}
