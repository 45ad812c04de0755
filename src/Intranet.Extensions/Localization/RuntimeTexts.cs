using System.Globalization;
using Intranet.Extensions.Hosting;
using Intranet.Extensions.People;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Localization;

/// <summary>The runtime's own texts (errors, help) and the choice of a person's culture.</summary>
public sealed class RuntimeTexts(IOptions<IntranetOptions> options)
{
    private static readonly EmbeddedTextCatalog Catalog = new(typeof(RuntimeTexts).Assembly, "Strings");

    /// <summary>The runtime's catalog.</summary>
    public ITextCatalog Texts => Catalog;

    /// <summary>The organisation's default culture.</summary>
    public CultureInfo DefaultCulture => IntranetCultures.Resolve(options.Value.DefaultLanguage);

    /// <summary>The culture to address <paramref name="person"/> in.</summary>
    public CultureInfo CultureOf(StaffMember? person) => IntranetCultures.Resolve(person?.PreferredLanguage, DefaultCulture);

    /// <summary>A runtime text.</summary>
    public string Get(string key, CultureInfo culture) => Catalog.Get(key, culture);
}
