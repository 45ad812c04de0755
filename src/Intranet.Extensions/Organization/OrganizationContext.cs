using System.Globalization;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Organization;

/// <summary>The organisation's settings, read from <see cref="IntranetOptions"/>.</summary>
internal sealed class OrganizationContext(IOptions<IntranetOptions> options, RuntimeTexts texts) : IOrganizationContext
{
    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public CultureInfo DefaultCulture => texts.DefaultCulture;

    public CultureInfo CultureOf(StaffMember? person) => texts.CultureOf(person);

    public Uri PublicBaseUrl => new(options.Value.PublicBaseUrl.TrimEnd('/') + "/");
}
