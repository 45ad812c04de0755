using System.Globalization;
using Intranet.Extensions.People;

namespace Intranet.Extensions.Organization;

/// <summary>The organisation's settings plugins need: its time zone and the language to address each person in.</summary>
public interface IOrganizationContext
{
    /// <summary>The organisation's time zone (Asia/Seoul by default) for windows, sessions and reminders.</summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>The language for people whose directory entry names none.</summary>
    CultureInfo DefaultCulture { get; }

    /// <summary>The culture to address <paramref name="person"/> in.</summary>
    CultureInfo CultureOf(StaffMember? person);

    /// <summary>The host's public base address (for links in cards), ending with '/'.</summary>
    Uri PublicBaseUrl { get; }
}
