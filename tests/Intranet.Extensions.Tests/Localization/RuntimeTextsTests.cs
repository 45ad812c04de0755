using Intranet.Extensions.Hosting;
using Intranet.Extensions.Localization;
using Intranet.Extensions.People;
using Microsoft.Extensions.Options;

namespace Intranet.Extensions.Tests.Localization;

public sealed class RuntimeTextsTests
{
    private static RuntimeTexts Texts(string defaultLanguage) =>
        new(Options.Create(new IntranetOptions { DefaultLanguage = defaultLanguage }));

    [Fact]
    public void Every_runtime_text_exists_in_both_languages()
    {
        var catalog = Texts("ko-KR").Texts;

        Assert.Equal(catalog.Keys(IntranetCultures.Korean).Order(), catalog.Keys(IntranetCultures.English).Order());
    }

    [Fact]
    public void A_person_is_addressed_in_their_language_else_the_organisations()
    {
        var english = new StaffMember { Id = "a", DisplayName = "A", PreferredLanguage = "en-GB" };
        var unknown = new StaffMember { Id = "b", DisplayName = "B" };

        Assert.Equal("en-US", Texts("ko-KR").CultureOf(english).Name);
        Assert.Equal("ko-KR", Texts("ko-KR").CultureOf(unknown).Name);
        Assert.Equal("en-US", Texts("en-US").CultureOf(unknown).Name);
    }

    [Fact]
    public void A_missing_key_is_an_error_not_a_blank()
    {
        Assert.Throws<KeyNotFoundException>(() => Texts("ko-KR").Get("no.such.key", IntranetCultures.Korean));
    }
}
