using System.Globalization;
using Intranet.Extensions.Localization;
using Microsoft.AspNetCore.Http;

namespace Intranet.Extensions.AspNetCore.DevInbox;

/// <summary>The dev inbox's own texts: page labels and request errors.</summary>
internal static class DevInboxTexts
{
    public static EmbeddedTextCatalog Catalog { get; } = new(typeof(DevInboxTexts).Assembly, "Strings");

    /// <summary>The caller's culture from <c>?lang=</c> or <c>Accept-Language</c>, else the organisation's default.</summary>
    public static CultureInfo CultureOf(HttpRequest request, RuntimeTexts runtime)
    {
        var requested = request.Query["lang"].FirstOrDefault()
            ?? request.Headers.AcceptLanguage.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split(';')[0];
        return IntranetCultures.Resolve(requested, runtime.DefaultCulture);
    }
}
